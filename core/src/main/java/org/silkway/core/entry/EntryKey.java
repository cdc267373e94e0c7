package org.silkway.core.entry;

import java.util.regex.Pattern;
import org.silkway.core.persistence.ColumnLimits;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.text.Text;

/**
 * The stable keys of the register: {@code project/cku-railway}, {@code country/KZ}, {@code
 * seed-003}.
 */
public final class EntryKey {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern ENTRY_KEY = Pattern.compile("[a-z]+/[A-Za-z0-9][A-Za-z0-9-]*");

  private EntryKey() {}

  /** Whether the text can be an entry key at all: anything else names no entry. */
  public static boolean isEntryKey(String key) {
    return key != null && key.length() <= ColumnLimits.KEY && ENTRY_KEY.matcher(key).matches();
  }

  /** Checks an entry key: a type in lower case, a slash, a slug. */
  public static String requireEntryKey(String key) {
    if (!isEntryKey(key)) {
      throw new InvalidFieldException(
          "key",
          "An entry key looks like 'project/cku-railway' (type/slug, at most "
              + ColumnLimits.KEY
              + " characters), not "
              + Text.quote(key));
    }
    return key;
  }

  /** Whether the text can be a slug (a claim or source key) at all: anything else names nothing. */
  public static boolean isSlug(String key) {
    return key != null && key.length() <= ColumnLimits.KEY && SLUG.matcher(key).matches();
  }

  /** Checks a slug such as a claim or source key: lower case letters, digits and hyphens. */
  public static String requireSlug(String key, String what) {
    if (key == null || key.length() > ColumnLimits.KEY || !SLUG.matcher(key).matches()) {
      throw new InvalidFieldException(
          "key",
          "A "
              + what
              + " is lower case letters, digits and hyphens, at most "
              + ColumnLimits.KEY
              + " of them, not "
              + Text.quote(key));
    }
    return key;
  }

  /**
   * A slug made from a name for a new key: "Khorgos–Aktau line (2nd)" becomes {@code
   * khorgos-aktau-line-2nd}. Empty when the name has no Latin letter or digit (a name only in
   * Chinese), so the caller falls back to a word of its own.
   */
  public static String slugOf(String name, int maxLength) {
    String slug =
        java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFD)
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (slug.length() > maxLength) {
      slug = slug.substring(0, maxLength).replaceAll("-+$", "");
    }
    return slug;
  }
}
