package org.silkway.core.entry;

/** An entry waiting for review, or archived, is not changed until it is sent back or restored. */
public class NotEditableException extends IllegalStateException {

  public NotEditableException(String entryKey, String stage) {
    super(
        entryKey
            + " is "
            + stage
            + ": it cannot be changed now. A reviewer can send it back to the editors, and an"
            + " archived entry can be restored.");
  }
}
