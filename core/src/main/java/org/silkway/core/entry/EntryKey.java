package org.silkway.core.entry;

import java.util.regex.Pattern;

/**
 * The stable keys of the register: {@code project/cku-railway}, {@code country/KZ}, {@code
 * seed-003}.
 */
public final class EntryKey {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern ENTRY_KEY = Pattern.compile("[a-z]+/[A-Za-z0-9][A-Za-z0-9-]*");

  private EntryKey() {}

  /** Checks an entry key: a type in lower case, a slash, a slug. */
  public static String requireEntryKey(String key) {
    if (key == null || !ENTRY_KEY.matcher(key).matches() || key.length() > 100) {
      throw new IllegalArgumentException(
          "An entry key looks like 'project/cku-railway' (type/slug), not '" + key + "'");
    }
    return key;
  }

  /** Checks a slug such as a claim or source key: lower case letters, digits and hyphens. */
  public static String requireSlug(String key, String what) {
    if (key == null || !SLUG.matcher(key).matches() || key.length() > 100) {
      throw new IllegalArgumentException(
          "A " + what + " is lower case letters, digits and hyphens, not '" + key + "'");
    }
    return key;
  }
}
