package org.silkway.core.text;

/**
 * How Silkway stores text: stripped, absent rather than blank, no longer than its column, and free
 * of control characters (a database refuses some, such as NUL, and none of them belongs in a
 * register). Line breaks and tabs are kept only in free prose: excerpts, texts and notes.
 */
public final class Text {

  /** The most of a caller's input a message quotes, so that a message stays short and plain. */
  static final int QUOTED = 40;

  private Text() {}

  /** {@code null} for null or blank text, else the text without surrounding white space. */
  public static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /**
   * Checks a one-line text (a key, a name, a title, a URL): at most {@code maxLength} long and
   * without any control character.
   *
   * @return the text, unchanged; null stays null
   * @throws InvalidFieldException naming {@code field}
   */
  public static String line(String text, int maxLength, String field) {
    return checked(text, maxLength, field, false);
  }

  /**
   * Checks free prose (an excerpt, a note): as {@link #line}, but line breaks and tabs are allowed.
   */
  public static String prose(String text, int maxLength, String field) {
    return checked(text, maxLength, field, true);
  }

  private static String checked(String text, int maxLength, String field, boolean prose) {
    if (text == null) {
      return null;
    }
    if (text.length() > maxLength) {
      throw new InvalidFieldException(
          field, "is " + text.length() + " characters long; at most " + maxLength + " fit");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && !(prose && (c == '\n' || c == '\r' || c == '\t'))) {
        throw new InvalidFieldException(
            field,
            String.format(
                "holds the control character U+%04X at position %d%s",
                (int) c, i + 1, prose ? " (only line breaks and tabs are allowed)" : ""));
      }
      if (isLoneSurrogate(text, i)) {
        throw new InvalidFieldException(
            field, "holds half a character (a lone surrogate) at position " + (i + 1));
      }
    }
    return text;
  }

  /**
   * Half of a UTF-16 pair without its other half: no character at all, and no database stores it.
   */
  private static boolean isLoneSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c)
        && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }

  /**
   * A caller's input as a message may quote it: in single quotes, cut to a few words, with control
   * characters shown as '?'. Messages quote what was wrong, never all of it.
   */
  public static String quote(String input) {
    return "'" + (input == null ? "null" : shorten(input)) + "'";
  }

  /** {@link #quote} without the quotes: for a field name taken from the input. */
  public static String shorten(String input) {
    boolean cut = input.length() > QUOTED;
    String head = cut ? input.substring(0, QUOTED) : input;
    if (cut && Character.isHighSurrogate(head.charAt(QUOTED - 1))) {
      head = head.substring(0, QUOTED - 1);
    }
    StringBuilder shown = new StringBuilder(head.length() + 1);
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      shown.append(Character.isISOControl(c) || isLoneSurrogate(head, i) ? '?' : c);
    }
    return cut ? shown.append('…').toString() : shown.toString();
  }
}
