package org.silkway.core.curation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Someone changed the entry after the editor opened it. Nothing was saved; the message says who
 * changed it, when and what, so the editor can reload or apply their change to the new version.
 */
public class EditConflictException extends RuntimeException {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final boolean byYou;
  private final String changedBy;
  private final String change;
  private final long currentVersion;

  /**
   * @param entryName the entry as the editor knows it, quoted: “Aral green hydrogen plant”
   * @param byYou whether the change was the same user's, from another tab or window
   * @param change what was done, with its values ("corrected Cost: 1.2 → 1.5 billion US dollars")
   */
  public EditConflictException(
      String entryName,
      boolean byYou,
      String changedBy,
      Instant changedAt,
      String change,
      long currentVersion) {
    super(
        (byYou ? "You changed " : (changedBy == null ? "Someone" : changedBy) + " changed ")
            + entryName
            + (byYou ? " in another tab or window" : "")
            + (changedAt == null ? "" : " at " + WHEN.format(changedAt))
            + " after this page opened it"
            + (change == null ? "" : ": " + change)
            + ". Nothing of this page was saved and what you typed is still here: reload to see "
            + (byYou ? "that change" : "their change")
            + ", or apply yours to the new version.");
    this.byYou = byYou;
    this.changedBy = changedBy;
    this.change = change;
    this.currentVersion = currentVersion;
  }

  /** Whether the change was the same user's, made in another tab or window. */
  public boolean byYou() {
    return byYou;
  }

  public String changedBy() {
    return changedBy;
  }

  public String change() {
    return change;
  }

  /** The version to apply the editor's change to, if they choose to. */
  public long currentVersion() {
    return currentVersion;
  }
}
