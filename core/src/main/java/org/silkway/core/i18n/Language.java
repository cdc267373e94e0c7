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

  /** Finds a language by its tag, ignoring case; empty for anything Silkway does not support. */
  public static Optional<Language> fromTag(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    String wanted = tag.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(l -> l.tag.equals(wanted)).findFirst();
  }

  /** The supported tags, for error messages: {@code en, ru, zh}. */
  public static String supportedTags() {
    return Arrays.stream(values()).map(Language::tag).collect(Collectors.joining(", "));
  }
}
