package org.silkway.web.api.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsOfDayTest {

  /** Late evening in UTC, already the next day in Almaty: briefs count days in UTC. */
  private static final Clock EVENING =
      Clock.fixed(Instant.parse("2026-11-23T22:30:00Z"), ZoneId.of("Asia/Almaty"));

  private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

  @Test
  void no_value_means_the_current_register() {
    assertEquals(Optional.empty(), AsOfDay.parse(null, EVENING));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-06-18", "2026-11-23", "2000-01-01"})
  void an_iso_day_up_to_today_in_utc_is_taken(String day) {
    assertEquals(Optional.of(LocalDate.parse(day)), AsOfDay.parse(day, EVENING));
  }

  @Test
  void tomorrow_in_utc_is_refused_even_where_it_is_already_tomorrow() {
    AsOfDay.Invalid refused =
        assertThrows(AsOfDay.Invalid.class, () -> AsOfDay.parse("2026-11-24", EVENING));

    assertTrue(refused.afterToday());
    assertTrue(refused.getMessage().contains("2026-11-23"), refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2025-6-1", "2025-13-01", "2025-02-30", "20250618", "2025-06-18T00:00", "", "x"})
  void anything_but_a_real_day_written_yyyy_mm_dd_is_refused(String value) {
    AsOfDay.Invalid refused =
        assertThrows(AsOfDay.Invalid.class, () -> AsOfDay.parse(value, EVENING));

    assertFalse(refused.afterToday());
  }

  @Test
  void markup_in_a_refused_value_is_not_repeated() {
    AsOfDay.Invalid refused =
        assertThrows(AsOfDay.Invalid.class, () -> AsOfDay.parse("<b>x</b>", EVENING));

    assertFalse(refused.getMessage().contains("<b>"), refused.getMessage());
  }

  @Test
  void a_past_days_edition_is_cached_for_a_year_and_the_others_are_revalidated() {
    assertEquals(
        "public, max-age=31536000, immutable",
        BriefResource.cacheControl(Optional.of(TODAY.minusDays(1)), TODAY));
    assertEquals("public, no-cache", BriefResource.cacheControl(Optional.of(TODAY), TODAY));
    assertEquals("public, no-cache", BriefResource.cacheControl(Optional.empty(), TODAY));
  }
}
