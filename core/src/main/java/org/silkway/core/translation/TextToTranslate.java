package org.silkway.core.translation;

import java.io.Serializable;
import org.silkway.core.entry.ChangeStatus;
import org.silkway.core.entry.EntryType;

/**
 * A published text that readers in one language still read in its original: a row of that
 * language's translation queue.
 *
 * @param proposed the translation waiting for review, or null when nobody has translated it yet
 * @param changes where the entry is in review: a translation cannot be saved while it is submitted
 */
public record TextToTranslate(
    String entryKey,
    EntryType entryType,
    String entryName,
    String claimKey,
    String property,
    String original,
    String proposed,
    ChangeStatus changes)
    // Serializable: the queue page keeps its rows in the view, which travels with the session.
    implements Serializable {

  public boolean isWaitingForReview() {
    return proposed != null;
  }
}
