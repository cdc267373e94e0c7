package org.silkway.reports.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A brief in Russian or Chinese never falls back to an English label. */
class EveryLabelIsTranslatedTest {

  private static final String BUNDLE = "org/silkway/reports/templates/country/country-brief";

  private static Set<String> keysOf(String resource) throws IOException {
    try (InputStream in =
        EveryLabelIsTranslatedTest.class.getClassLoader().getResourceAsStream(resource)) {
      Properties labels = new Properties();
      labels.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      return labels.stringPropertyNames();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "zh"})
  void the_country_brief_has_every_label_in_the_language(String language) throws IOException {
    assertEquals(keysOf(BUNDLE + ".properties"), keysOf(BUNDLE + "_" + language + ".properties"));
  }
}
