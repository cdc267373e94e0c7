package org.silkway.core.entry;

import java.util.Locale;

/** The kinds of entry the register holds; the lower-case name starts every entry key. */
public enum EntryType {
  COUNTRY,
  SECTOR,
  MECHANISM,
  EVENT,
  DOCUMENT,
  PROJECT,
  CORRIDOR,
  INDICATOR,
  ACTOR,
  ORGANIZATION;

  /** {@code project} for PROJECT: the prefix of its keys and its name in URLs. */
  public String slug() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static java.util.Optional<EntryType> fromSlug(String slug) {
    for (EntryType type : values()) {
      if (type.slug().equals(slug)) {
        return java.util.Optional.of(type);
      }
    }
    return java.util.Optional.empty();
  }
}
