package org.silkway.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

  @Test
  void the_three_tags_are_found() {
    assertEquals(Optional.of(Language.EN), Language.fromTag("en"));
    assertEquals(Optional.of(Language.RU), Language.fromTag("ru"));
    assertEquals(Optional.of(Language.ZH), Language.fromTag("zh"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "", "english", "zh-TW", "RU", " zh ", "en\u0000", "en "})
  void anything_but_an_exact_tag_is_not_supported(String tag) {
    assertTrue(Language.fromTag(tag).isEmpty());
  }

  @Test
  void a_missing_tag_is_not_supported() {
    assertTrue(Language.fromTag(null).isEmpty());
  }

  @Test
  void the_supported_tags_read_well_in_an_error_message() {
    assertEquals("en, ru, zh", Language.supportedTags());
  }
}
