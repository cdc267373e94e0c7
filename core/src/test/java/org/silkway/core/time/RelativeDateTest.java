package org.silkway.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeDateTest {

  /** The TDI article: Wednesday 18 June 2025. */
  private static final LocalDate WEDNESDAY_18_JUNE_2025 = LocalDate.of(2025, 6, 18);

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The main event of the Summit took place yesterday | 2025-06-17",
        "Xi will fly back home today | 2025-06-18",
        "landed in Kazakhstan’s capital on Monday | 2025-06-16",
        "The project will kickstart next month | 2025-07",
        "Lin Jian stated on the 13th that | 2025-06-13",
        "began in December of last year | 2024-12",
        "what happened last year | 2024",
      })
  void relative_dates_resolve_against_the_publication_day(String phrase, String expected) {
    assertEquals(
        expected, RelativeDate.resolve(phrase, WEDNESDAY_18_JUNE_2025).orElseThrow().toString());
  }

  @Test
  void next_month_in_december_is_january_of_the_next_year() {
    assertEquals(
        "2026-01",
        RelativeDate.resolve("next month", LocalDate.of(2025, 12, 3)).orElseThrow().toString());
  }

  @Test
  void a_day_of_the_month_still_to_come_is_in_the_previous_month() {
    assertEquals(
        "2025-05-20",
        RelativeDate.resolve("on the 20th", WEDNESDAY_18_JUNE_2025).orElseThrow().toString());
  }

  @Test
  void a_phrase_it_does_not_understand_resolves_to_nothing() {
    assertEquals(
        Optional.empty(), RelativeDate.resolve("in recent months", WEDNESDAY_18_JUNE_2025));
  }

  @Test
  void a_span_must_be_written_at_its_precision_and_may_not_end_before_it_starts() {
    assertTrue(Precision.MONTH.accepts("2024-12"));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new TimeSpan("2024-12-01", null, Precision.MONTH));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> new TimeSpan("2025-06-18", "2025-06-16", Precision.DAY));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new TimeSpan("2025-02-30", null, Precision.DAY));
  }
}
