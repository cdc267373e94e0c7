package org.silkway.core.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"kz", "KZ", " Kz "})
  void user_input_is_normalised_to_two_upper_case_letters(String input) {
    assertEquals(new CountryCode("KZ"), CountryCode.parse(input));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"K", "KAZ", "K1", "ÄB", "kz"})
  void anything_but_two_ascii_capitals_is_rejected_with_the_offending_value(String value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new CountryCode(value));
    assertEquals(
        "A country code is two letters (ISO 3166-1 alpha-2), not '" + value + "'", e.getMessage());
  }
}
