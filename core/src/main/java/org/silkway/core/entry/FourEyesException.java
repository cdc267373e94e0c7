package org.silkway.core.entry;

/** A reviewer may not approve changes they made themselves: another reviewer must. */
public class FourEyesException extends IllegalStateException {

  public FourEyesException(String entryKey, String reviewer) {
    super(
        reviewer
            + " changed "
            + entryKey
            + " since it was last approved, so another reviewer must approve it");
  }
}
