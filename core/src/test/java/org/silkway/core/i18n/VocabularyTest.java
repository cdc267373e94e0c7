package org.silkway.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.entry.EntryType;

class VocabularyTest {

  @Test
  void a_missing_word_is_an_error_that_names_its_key() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Vocabulary.of(Language.RU).word("brief.nothing"));
    assertTrue(e.getMessage().contains("brief.nothing"), e.getMessage());
  }

  @Test
  void a_missing_property_is_an_error_too() {
    assertThrows(IllegalArgumentException.class, () -> Vocabulary.of(Language.EN).property("x"));
  }

  @Test
  void has_tells_which_words_exist() {
    assertTrue(Vocabulary.of(Language.ZH).has("brief.sources"));
    assertFalse(Vocabulary.of(Language.ZH).has("brief.nothing"));
    assertFalse(Vocabulary.of(Language.ZH).has(null));
  }

  @ParameterizedTest
  @CsvSource({
    "EN, 1, 1 project",
    "EN, 3, 3 projects",
    "RU, 1, 1 проект",
    "RU, 3, 3 проекта",
    "RU, 5, 5 проектов",
    "RU, 21, 21 проект",
    "ZH, 3, 3个项目"
  })
  void counts_follow_the_plural_rules_of_the_language(Language language, int n, String words) {
    assertEquals(words, Vocabulary.of(language).word("brief.projectCount", n));
  }

  @ParameterizedTest
  @CsvSource({
    "EN, Border with China, Project, Under construction, approx.",
    "RU, Граница с Китаем, Проект, Строительство, оценка",
    "ZH, 与中国边界长度, 项目, 在建, 估计"
  })
  void typed_helpers_find_their_words(
      Language language, String border, String project, String building, String estimate) {
    Vocabulary words = Vocabulary.of(language);
    assertEquals(border, words.property("border-length-with-china"));
    assertEquals(project, words.type(EntryType.PROJECT));
    assertEquals(building, words.stage("UNDER_CONSTRUCTION"));
    assertEquals(estimate, words.kind(ClaimKind.ESTIMATE));
  }

  @Test
  void a_stated_fact_carries_no_mark() {
    assertEquals("", Vocabulary.of(Language.EN).kind(ClaimKind.ACTUAL));
  }

  @ParameterizedTest
  @CsvSource({"EN, ru, (in Russian)", "RU, zh, (на китайском языке)", "ZH, en, （英文原文）"})
  void text_kept_in_its_source_language_says_which(Language language, String tag, String note) {
    assertEquals(note, Vocabulary.of(language).word("brief.sourceLanguage", tag));
  }

  @ParameterizedTest
  @CsvSource({"EN, en, English", "RU, ru, русский", "ZH, zh, 中文"})
  void each_language_names_itself_in_itself(Language language, String tag, String name) {
    assertEquals(name, Vocabulary.of(language).languageName(Language.fromTag(tag).orElseThrow()));
  }
}
