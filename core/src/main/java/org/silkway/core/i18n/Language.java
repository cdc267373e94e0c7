package org.silkway.core.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A language in which Silkway names things and renders briefs. */
public enum Language {
  EN("en", Locale.ENGLISH),
  RU("ru", Locale.forLanguageTag("ru")),
  ZH("zh", Locale.SIMPLIFIED_CHINESE);

  private final String tag;
  private final Locale locale;

  Language(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /** The BCP 47 tag used in URLs and in the register format: {@code en}, {@code ru}, {@code zh}. */
  public String tag() {
    return tag;
  }

  public Locale locale() {
    return locale;
  }

  /**
   * Finds a language by its exact tag ({@code en}, not {@code EN} or {@code "en "}); empty for
   * anything else, so that one brief has one URL per language.
   */
  public static Optional<Language> fromTag(String tag) {
    return Arrays.stream(values()).filter(l -> l.tag.equals(tag)).findFirst();
  }

  /** The supported tags, for error messages: {@code en, ru, zh}. */
  public static String supportedTags() {
    return Arrays.stream(values()).map(Language::tag).collect(Collectors.joining(", "));
  }
}
