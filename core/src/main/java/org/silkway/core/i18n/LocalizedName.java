package org.silkway.core.i18n;

import static org.silkway.core.text.Text.blankToNull;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A name in English, Russian and Chinese. English is always present; the others fall back to
 * English when a curator has not given them yet, so a brief never prints an empty title.
 */
@Embeddable
public class LocalizedName {

  @Column(name = "name_en", nullable = false)
  private String en;

  @Column(name = "name_ru")
  private String ru;

  @Column(name = "name_zh")
  private String zh;

  protected LocalizedName() {}

  public LocalizedName(String en, String ru, String zh) {
    if (en == null || en.isBlank()) {
      throw new IllegalArgumentException("An English name is required");
    }
    this.en = en.strip();
    this.ru = blankToNull(ru);
    this.zh = blankToNull(zh);
  }

  /** The name in the given language, or the English name when that translation is missing. */
  public String in(Language language) {
    String name =
        switch (language) {
          case EN -> en;
          case RU -> ru;
          case ZH -> zh;
        };
    return name != null ? name : en;
  }

  /** Whether a real translation (not the English fallback) exists for the language. */
  public boolean has(Language language) {
    return switch (language) {
      case EN -> true;
      case RU -> ru != null;
      case ZH -> zh != null;
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedName other
        && en.equals(other.en)
        && Objects.equals(ru, other.ru)
        && Objects.equals(zh, other.zh);
  }

  @Override
  public int hashCode() {
    return Objects.hash(en, ru, zh);
  }

  @Override
  public String toString() {
    return en;
  }
}
