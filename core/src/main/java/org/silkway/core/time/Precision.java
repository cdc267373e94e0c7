package org.silkway.core.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** How precisely a date is known, and how it is written at that precision. */
public enum Precision {
  DAY(Pattern.compile("\\d{4}-\\d{2}-\\d{2}")),
  MONTH(Pattern.compile("\\d{4}-\\d{2}")),
  YEAR(Pattern.compile("\\d{4}"));

  private final Pattern form;

  Precision(Pattern form) {
    this.form = form;
  }

  /** Whether {@code text} is a valid date written at this precision ({@code 2025-06} for MONTH). */
  public boolean accepts(String text) {
    if (text == null || !form.matcher(text).matches()) {
      return false;
    }
    try {
      firstDay(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** The first day the text can mean: {@code 2025-06} is 1 June 2025. */
  public LocalDate firstDay(String text) {
    return switch (this) {
      case DAY -> LocalDate.parse(text);
      case MONTH -> LocalDate.parse(text + "-01");
      case YEAR -> LocalDate.parse(text + "-01-01");
    };
  }

  /** The date written at this precision: 2025-06-18 is {@code 2025-06} at MONTH. */
  public String format(LocalDate date) {
    String iso = date.toString();
    return switch (this) {
      case DAY -> iso;
      case MONTH -> iso.substring(0, 7);
      case YEAR -> iso.substring(0, 4);
    };
  }
}
