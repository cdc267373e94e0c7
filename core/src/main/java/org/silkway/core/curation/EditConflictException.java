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

  private final String changedBy;
  private final String change;
  private final long currentVersion;

  public EditConflictException(
      String entryKey, String changedBy, Instant changedAt, String change, long currentVersion) {
    super(
        (changedBy == null ? "Someone" : changedBy)
            + " changed "
            + entryKey
            + (changedAt == null ? "" : " at " + WHEN.format(changedAt))
            + (change == null ? "" : " (" + change + ")")
            + " after you opened it. Nothing of yours was saved and what you typed is still here:"
            + " reload to see their change, or apply yours to the new version.");
    this.changedBy = changedBy;
    this.change = change;
    this.currentVersion = currentVersion;
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
