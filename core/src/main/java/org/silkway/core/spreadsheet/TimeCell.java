package org.silkway.core.spreadsheet;

import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.text.Text;
import org.silkway.core.time.Precision;
import org.silkway.core.time.TimeSpan;

/**
 * A date as a cell holds it: {@code 2025}, {@code 2025-06}, {@code 2025-06-16}, or a span of two at
 * the same precision, {@code 2025-06-16/2025-06-18} (ISO 8601's interval). The precision is the one
 * the date is written at, so a cell needs no second column for it.
 */
record TimeCell(Precision precision, String start, String end) {

  static TimeCell parse(String cell) {
    String[] parts = cell.strip().split("/|\\.\\.", -1);
    if (parts.length > 2) {
      throw notADate(cell);
    }
    String start = parts[0].strip();
    String end = parts.length == 2 ? parts[1].strip() : null;
    Precision precision =
        switch (start.length()) {
          case 4 -> Precision.YEAR;
          case 7 -> Precision.MONTH;
          case 10 -> Precision.DAY;
          default -> throw notADate(cell);
        };
    try {
      new TimeSpan(start, end, precision);
    } catch (InvalidFieldException e) {
      throw new InvalidFieldException("", e.getMessage());
    }
    return new TimeCell(precision, start, end);
  }

  static String format(TimeSpan span) {
    return span.end() == null ? span.start() : span.start() + "/" + span.end();
  }

  private static InvalidFieldException notADate(String cell) {
    return new InvalidFieldException(
        "",
        Text.quote(cell)
            + " is not a date: write 2025, 2025-06 or 2025-06-16, or a span such as"
            + " 2025-06-16/2025-06-18");
  }
}
