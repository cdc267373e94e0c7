package org.silkway.core.text;

/** How Silkway stores optional text: stripped, and absent rather than blank. */
public final class Text {

  private Text() {}

  /** {@code null} for null or blank text, else the text without surrounding white space. */
  public static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
