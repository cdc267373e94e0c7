package org.silkway.core.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.silkway.core.text.InvalidFieldException;

/**
 * What a password must be, however it is set (a new user, a reset, a user's own change, the first
 * administrator from the configuration): at least {@value #MIN_VISIBLE} visible characters, at most
 * {@value #MAX_LENGTH} characters in all, not the user name, not one character repeated, and not a
 * common password. Each refusal names the rule it broke.
 *
 * <p>Only visible characters count: code points that are neither control characters, nor format
 * characters (zero-width spaces, direction marks), nor white space. Twelve NULs or twelve
 * zero-width spaces are no password at all. The common passwords are {@code common-passwords.txt}
 * beside this class (its header says where it comes from); a password is compared with them in
 * lower case, with its invisible characters removed, and also with trailing digits and punctuation
 * removed, so that {@code password123456} counts as {@code password}.
 */
public final class PasswordPolicy {

  /** Passwords with fewer visible characters are refused. */
  public static final int MIN_VISIBLE = 12;

  /** Longer passwords are refused: no one types more, and hashing them is work for nothing. */
  public static final int MAX_LENGTH = 200;

  private PasswordPolicy() {}

  /**
   * The password, if it may be set for {@code username}.
   *
   * @throws InvalidFieldException naming {@code field}, with the rule that the password breaks
   */
  public static String check(String field, String password, String username) {
    if (password == null || password.isEmpty()) {
      throw new InvalidFieldException(field, "Enter a password");
    }
    if (password.length() > MAX_LENGTH) {
      throw new InvalidFieldException(
          field, "A password has at most " + MAX_LENGTH + " characters");
    }
    String visible = visible(password);
    if (visible.codePointCount(0, visible.length()) < MIN_VISIBLE) {
      throw new InvalidFieldException(
          field,
          "A password needs at least "
              + MIN_VISIBLE
              + " characters; spaces and invisible characters do not count");
    }
    String folded = visible.toLowerCase(Locale.ROOT);
    if (username != null && folded.equals(visible(User.normalized(username)))) {
      throw new InvalidFieldException(field, "A password cannot be the user name");
    }
    if (folded.codePoints().distinct().count() == 1) {
      throw new InvalidFieldException(field, "A password cannot be one character repeated");
    }
    if (isCommon(folded)) {
      throw new InvalidFieldException(
          field, "This password is on a list of common passwords: choose another");
    }
    return password;
  }

  /** How many characters of the password count: those that are not invisible. */
  public static int visibleLength(String password) {
    String visible = visible(password == null ? "" : password);
    return visible.codePointCount(0, visible.length());
  }

  /** Whether a code point shows: not a control or format character, not white space. */
  static boolean isVisible(int codePoint) {
    int type = Character.getType(codePoint);
    return type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.UNASSIGNED
        && type != Character.SURROGATE
        && !Character.isWhitespace(codePoint)
        && !Character.isSpaceChar(codePoint);
  }

  private static String visible(String text) {
    StringBuilder visible = new StringBuilder(text.length());
    text.codePoints().filter(PasswordPolicy::isVisible).forEach(visible::appendCodePoint);
    return visible.toString();
  }

  private static boolean isCommon(String folded) {
    if (Common.PASSWORDS.contains(folded)) {
      return true;
    }
    int end = folded.length();
    while (end > 0 && !Character.isLetter(folded.charAt(end - 1))) {
      end--;
    }
    return end > 0 && end < folded.length() && Common.PASSWORDS.contains(folded.substring(0, end));
  }

  /** The list, read once on first use. */
  private static final class Common {
    static final Set<String> PASSWORDS = read();

    private static Set<String> read() {
      Set<String> passwords = new HashSet<>();
      try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
        if (in == null) {
          throw new IllegalStateException("common-passwords.txt is missing from the build");
        }
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (!line.startsWith("#") && !line.isBlank()) {
            passwords.add(visible(line).toLowerCase(Locale.ROOT));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Set.copyOf(passwords);
    }
  }
}
