package org.silkway.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the relative dates news articles use ("yesterday", "next month", "on Monday", "on the
 * 13th", "in December of last year") against the day the article was published. A phrase it does
 * not understand resolves to nothing: an editor then dates the claim by hand, and the claim keeps
 * the original wording either way.
 */
public final class RelativeDate {

  private static final Pattern WEEKDAY =
      Pattern.compile("\\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  private static final Pattern DAY_OF_MONTH =
      Pattern.compile("\\bon the (\\d{1,2})(st|nd|rd|th)\\b");
  private static final Pattern MONTH_OF_LAST_YEAR =
      Pattern.compile("\\bin (" + monthNames() + ") of last year\\b");

  private RelativeDate() {}

  /**
   * @param phrase the article's words, e.g. "will kickstart next month"
   * @param published the day the article was published
   */
  public static Optional<TimeSpan> resolve(String phrase, LocalDate published) {
    String p = phrase.toLowerCase(Locale.ROOT);
    if (p.contains("yesterday")) {
      return Optional.of(TimeSpan.day(published.minusDays(1)));
    }
    if (p.contains("today")) {
      return Optional.of(TimeSpan.day(published));
    }
    if (p.contains("tomorrow")) {
      return Optional.of(TimeSpan.day(published.plusDays(1)));
    }
    if (p.contains("next month")) {
      LocalDate next = published.plusMonths(1);
      return Optional.of(TimeSpan.month(next.getYear(), next.getMonthValue()));
    }
    if (p.contains("last month")) {
      LocalDate last = published.minusMonths(1);
      return Optional.of(TimeSpan.month(last.getYear(), last.getMonthValue()));
    }
    Matcher monthOfLastYear = MONTH_OF_LAST_YEAR.matcher(p);
    if (monthOfLastYear.find()) {
      Month month = Month.valueOf(monthOfLastYear.group(1).toUpperCase(Locale.ROOT));
      return Optional.of(TimeSpan.month(published.getYear() - 1, month.getValue()));
    }
    if (p.contains("next year")) {
      return Optional.of(TimeSpan.year(published.getYear() + 1));
    }
    if (p.contains("last year")) {
      return Optional.of(TimeSpan.year(published.getYear() - 1));
    }
    Matcher weekday = WEEKDAY.matcher(p);
    if (weekday.find()) {
      return Optional.of(TimeSpan.day(mostRecent(weekday.group(1), published)));
    }
    Matcher dayOfMonth = DAY_OF_MONTH.matcher(p);
    if (dayOfMonth.find()) {
      return mostRecentDayOfMonth(Integer.parseInt(dayOfMonth.group(1)), published)
          .map(TimeSpan::day);
    }
    return Optional.empty();
  }

  /** News speaks of the past: "landed on Monday" is the latest Monday on or before publication. */
  private static LocalDate mostRecent(String weekdayName, LocalDate published) {
    DayOfWeek wanted = DayOfWeek.valueOf(weekdayName.toUpperCase(Locale.ROOT));
    LocalDate day = published;
    while (day.getDayOfWeek() != wanted) {
      day = day.minusDays(1);
    }
    return day;
  }

  /** "On the 13th" is in the publication month if that day has come, else in the month before. */
  private static Optional<LocalDate> mostRecentDayOfMonth(int dayOfMonth, LocalDate published) {
    LocalDate month =
        dayOfMonth <= published.getDayOfMonth() ? published : published.minusMonths(1);
    if (dayOfMonth < 1 || dayOfMonth > month.lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(month.withDayOfMonth(dayOfMonth));
  }

  private static String monthNames() {
    StringBuilder names = new StringBuilder();
    for (Month month : Month.values()) {
      if (!names.isEmpty()) {
        names.append('|');
      }
      names.append(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    return names.toString();
  }
}
