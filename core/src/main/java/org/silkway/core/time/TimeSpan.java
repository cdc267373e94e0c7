package org.silkway.core.time;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.text.Text;

/**
 * A date or a span of dates at one precision: {@code 2025-06-16} to {@code 2025-06-18}, {@code
 * 2024-12}, {@code 2030}. Kept as written, so that "December 2024" never becomes 1 December.
 */
@Embeddable
public class TimeSpan {

  @Column(name = "span_start", length = 10)
  private String start;

  @Column(name = "span_end", length = 10)
  private String end;

  @Enumerated(EnumType.STRING)
  @Column(name = "span_precision", length = 5)
  private Precision precision;

  protected TimeSpan() {}

  /**
   * @param end null for a single date
   * @throws IllegalArgumentException when a date is not written at the precision or the span ends
   *     before it starts
   */
  public TimeSpan(String start, String end, Precision precision) {
    if (precision == null) {
      throw new InvalidFieldException("precision", "A date needs a precision (DAY, MONTH or YEAR)");
    }
    if (!precision.accepts(start)) {
      throw new InvalidFieldException(
          "start",
          Text.quote(start) + " is not a date written to the " + precision.name().toLowerCase());
    }
    if (end != null && !precision.accepts(end)) {
      throw new InvalidFieldException(
          "end",
          Text.quote(end) + " is not a date written to the " + precision.name().toLowerCase());
    }
    if (end != null && precision.firstDay(end).isBefore(precision.firstDay(start))) {
      throw new InvalidFieldException(
          "end", "The span " + start + " to " + end + " ends before it starts");
    }
    this.start = start;
    this.end = end;
    this.precision = precision;
  }

  public static TimeSpan day(LocalDate day) {
    return new TimeSpan(day.toString(), null, Precision.DAY);
  }

  public static TimeSpan month(int year, int month) {
    return new TimeSpan(
        Precision.MONTH.format(LocalDate.of(year, month, 1)), null, Precision.MONTH);
  }

  public static TimeSpan year(int year) {
    return new TimeSpan(String.valueOf(year), null, Precision.YEAR);
  }

  public String start() {
    return start;
  }

  /** The end of a span, or null for a single date. */
  public String end() {
    return end;
  }

  public Precision precision() {
    return precision;
  }

  /** The first day this can mean, for sorting. */
  public LocalDate earliest() {
    return precision.firstDay(start);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeSpan other
        && start.equals(other.start)
        && Objects.equals(end, other.end)
        && precision == other.precision;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, precision);
  }

  /** {@code 2025-06-16..2025-06-18} or {@code 2024-12}. */
  @Override
  public String toString() {
    return end == null ? start : start + ".." + end;
  }
}
