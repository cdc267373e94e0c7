package org.silkway.web.api.brief;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.silkway.web.api.Problem;

/**
 * The day a reader asks a brief for, {@code asOf=2025-06-18}: written exactly so (ISO, ten
 * characters, a real day) and not after today in UTC, since a brief shows the register as it stood,
 * not as it will be. One rule for the API and the briefs page.
 */
public final class AsOfDay {

  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private AsOfDay() {}

  /**
   * @param raw the query value, or null when there is none
   * @return the day, or empty for the current register
   * @throws Invalid with a message a reader can act on, quoting the value only through {@link
   *     Problem#quote}
   */
  public static Optional<LocalDate> parse(String raw, Clock clock) {
    return parse("asOf", raw, clock);
  }

  /**
   * The same rule for another parameter that names a day ({@code since}, {@code until}).
   *
   * @param name the parameter's name, as the message quotes it
   */
  public static Optional<LocalDate> parse(String name, String raw, Clock clock) {
    if (raw == null) {
      return Optional.empty();
    }
    LocalDate day;
    try {
      day = ISO_DAY.matcher(raw).matches() ? LocalDate.parse(raw) : null;
    } catch (DateTimeParseException e) {
      day = null;
    }
    if (day == null) {
      throw new Invalid(
          false,
          name
              + " is a day written YYYY-MM-DD, such as 2025-06-18; "
              + Problem.quote(raw)
              + " is not one.");
    }
    LocalDate today = today(clock);
    if (day.isAfter(today)) {
      throw new Invalid(
          true,
          name
              + " "
              + day
              + " is after today ("
              + today
              + ", UTC): the register shows what was published, not what will be.");
    }
    return Optional.of(day);
  }

  /** Today as briefs count days: in UTC, whatever the server's zone. */
  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }

  /** An asOf value that is not a day Silkway can print a brief for. */
  public static final class Invalid extends RuntimeException {

    private final boolean afterToday;

    Invalid(boolean afterToday, String message) {
      super(message);
      this.afterToday = afterToday;
    }

    /** A real day, but after today; otherwise the value is not a day at all. */
    public boolean afterToday() {
      return afterToday;
    }
  }
}
