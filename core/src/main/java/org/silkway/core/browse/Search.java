package org.silkway.core.browse;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.Locale;

/**
 * How lists and pickers match what a person types: case-insensitive, anywhere in the text, with
 * {@code %} and {@code _} matching themselves, and an entry's name in any of its languages.
 */
public final class Search {

  private static final int LONGEST = 200;

  private Search() {}

  /**
   * A {@code like} pattern (escape character {@code \}) for typed text, or null when nothing was
   * typed. Control characters match no name and are dropped: PostgreSQL refuses a NUL anyway.
   */
  public static String pattern(String typed) {
    String text = normalized(typed);
    return text == null ? null : "%" + escaped(text) + "%";
  }

  /** A {@code like} pattern for text that starts with what was typed, or null. */
  public static String startPattern(String typed) {
    String text = normalized(typed);
    return text == null ? null : escaped(text) + "%";
  }

  /**
   * What was typed as it is compared: without control characters and surrounding space, in lower
   * case, at most 200 characters; null when that leaves nothing.
   */
  public static String normalized(String typed) {
    if (typed == null) {
      return null;
    }
    String text = typed.replaceAll("\\p{Cntrl}", "").strip().toLowerCase(Locale.ROOT);
    if (text.length() > LONGEST) {
      text = text.substring(0, LONGEST);
    }
    return text.isEmpty() ? null : text;
  }

  private static String escaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The text at {@code path} matches the pattern. */
  public static Predicate like(CriteriaBuilder cb, Path<String> path, String pattern) {
    return cb.like(cb.lower(path), pattern, '\\');
  }

  /** The entry's name ({@code entry.name}) matches the pattern in English, Russian or Chinese. */
  public static Predicate anyName(CriteriaBuilder cb, Path<Object> name, String pattern) {
    return cb.or(
        like(cb, name.get("en"), pattern),
        like(cb, name.get("ru"), pattern),
        like(cb, name.get("zh"), pattern));
  }
}
