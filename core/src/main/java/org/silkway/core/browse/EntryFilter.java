package org.silkway.core.browse;

import org.silkway.core.entry.EntryStatus;
import org.silkway.core.entry.EntryType;
import org.silkway.core.text.InvalidFieldException;

/**
 * What a list of entries is narrowed to. Every part is optional (null or blank: no condition).
 *
 * @param search part of the name in any language, or of the key
 * @param name part of the name in any language
 * @param sector the key of a sector the entry is in (its {@code sector} claims)
 * @param country the key of a country the entry is in (its {@code country} claims)
 * @param stage a stage the project has been at ({@code UNDER_CONSTRUCTION})
 * @param from with {@code to}: a date stated in the entry's claims ({@code held}, {@code start},
 *     {@code signed}...) falls in this range; {@code 2024}, {@code 2024-06} or {@code 2024-06-16}
 */
public record EntryFilter(
    EntryType type,
    String search,
    String name,
    EntryStatus status,
    String sector,
    String country,
    String stage,
    String from,
    String to) {

  /** A date as the filter takes it: a year, a month or a day. */
  private static final java.util.regex.Pattern DATE =
      java.util.regex.Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  public static EntryFilter of(EntryType type) {
    return new EntryFilter(type, null, null, null, null, null, null, null, null);
  }

  /**
   * The same filter, its dates checked and trimmed.
   *
   * @throws InvalidFieldException naming {@code from} or {@code to} when a date is not one
   */
  public EntryFilter checked() {
    return new EntryFilter(
        type, search, name, status, sector, country, stage, date(from, "from"), date(to, "to"));
  }

  private static String date(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String date = text.strip();
    if (!DATE.matcher(date).matches()) {
      throw new InvalidFieldException(
          field, "A date here is a year, a month or a day: 2024, 2024-06 or 2024-06-16");
    }
    return date;
  }
}
