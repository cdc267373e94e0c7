package org.silkway.core.i18n;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.silkway.core.claim.Bound;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.claim.PropertyDefinition;
import org.silkway.core.claim.PropertySchema;
import org.silkway.core.claim.Unit;
import org.silkway.core.country.CountryRole;
import org.silkway.core.document.DocumentStatus;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.entry.EntryType;
import org.silkway.core.project.ProjectStage;

/** A brief or page in Russian or Chinese never prints an English word or a raw key. */
class EveryWordIsTranslatedTest {

  /**
   * Words that are the same in every language, so carry no letters to check: the mark of a stated
   * fact is nothing, an exact figure is the figure itself, a percentage is its sign, and an English
   * year is its digits.
   */
  private static final Set<String> THE_SAME_IN_EVERY_LANGUAGE =
      Set.of("kind.ACTUAL", "bound.EXACT", "amount.PERCENT", "time.year", "time.years");

  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private static Properties bundle(String suffix) throws IOException {
    String resource = "org/silkway/core/i18n/vocabulary" + suffix + ".properties";
    try (InputStream in =
        EveryWordIsTranslatedTest.class.getClassLoader().getResourceAsStream(resource)) {
      Properties words = new Properties();
      words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return words;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "zh"})
  void every_english_word_has_a_translation_in_the_language(String tag) throws IOException {
    Properties english = bundle("");
    Properties translated = bundle("_" + tag);
    Pattern script = tag.equals("ru") ? CYRILLIC : HAN;
    assertAll(
        english.stringPropertyNames().stream()
            .sorted()
            .map(
                key ->
                    () -> {
                      String word = translated.getProperty(key);
                      assertTrue(word != null, key + " is missing in " + tag);
                      if (!THE_SAME_IN_EVERY_LANGUAGE.contains(key) && !onlyPlaceholders(word)) {
                        assertFalse(word.isBlank(), key + " is blank in " + tag);
                        assertTrue(
                            script.matcher(word).find(),
                            key + " in " + tag + " looks untranslated: " + word);
                      }
                    }));
  }

  /**
   * A pattern that only arranges words given to it ("{0} {1} {2}": a figure, a scale, a currency)
   * has nothing to translate; its words are checked under their own keys.
   */
  private static boolean onlyPlaceholders(String word) {
    return word.replaceAll("\\{\\d}", "").isBlank();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "zh"})
  void no_language_has_a_word_the_english_vocabulary_lacks(String tag) throws IOException {
    Set<String> extra = new TreeSet<>(bundle("_" + tag).stringPropertyNames());
    extra.removeAll(bundle("").stringPropertyNames());
    assertEquals(Set.of(), extra);
  }

  @Test
  void words_that_stay_the_same_are_the_same_in_every_language() throws IOException {
    for (String key : THE_SAME_IN_EVERY_LANGUAGE) {
      assertTrue(bundle("").containsKey(key), key + " is not in the vocabulary any more");
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void every_word_the_code_asks_for_exists(Language language) {
    Vocabulary words = Vocabulary.of(language);
    assertAll(
        Stream.of(
                each(PropertySchema.all().stream().map(PropertyDefinition::name), words::property),
                each(Stream.of(EntryType.values()), words::type),
                each(Stream.of(EntryType.values()), words::types),
                each(Stream.of(EntryStatus.values()), words::status),
                each(Stream.of(ClaimKind.values()), words::kind),
                each(Stream.of(Unit.values()), words::unit),
                each(
                    Stream.of(Unit.values()),
                    u -> Formats.of(language).amount(java.math.BigDecimal.ONE, u, Bound.EXACT)),
                each(Stream.of(Bound.values()), b -> words.bound(b, "1")),
                each(Stream.of(CountryRole.values()), words::role),
                each(Stream.of(Language.values()), words::languageName),
                each(
                    PropertySchema.all().stream()
                        .flatMap(d -> d.codes().stream().map(code -> List.of(d.name(), code))),
                    c -> words.code(c.get(0), c.get(1))),
                each(Stream.of(ProjectStage.values()), s -> words.stage(s.name())),
                each(Stream.of(DocumentStatus.values()), s -> words.code("status", s.name())))
            .flatMap(s -> s));
  }

  private static <T> Stream<Executable> each(Stream<T> values, Function<T, String> word) {
    return values.map(value -> () -> word.apply(value));
  }
}
