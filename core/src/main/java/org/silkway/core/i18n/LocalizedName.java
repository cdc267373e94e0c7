package org.silkway.core.i18n;

import static org.silkway.core.text.Text.blankToNull;
import static org.silkway.core.text.Text.line;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.silkway.core.persistence.ColumnLimits;
import org.silkway.core.text.InvalidFieldException;

/**
 * A name in English, Russian and Chinese. English is always present; the others fall back to
 * English when a curator has not given them yet, so a brief never prints an empty title.
 */
@Embeddable
public class LocalizedName {

  @Column(name = "name_en", nullable = false, length = ColumnLimits.NAME)
  private String en;

  @Column(name = "name_ru", length = ColumnLimits.NAME)
  private String ru;

  @Column(name = "name_zh", length = ColumnLimits.NAME)
  private String zh;

  protected LocalizedName() {}

  public LocalizedName(String en, String ru, String zh) {
    if (en == null || en.isBlank()) {
      throw new InvalidFieldException("en", "An English name is required");
    }
    this.en = line(en.strip(), ColumnLimits.NAME, "en");
    this.ru = line(blankToNull(ru), ColumnLimits.NAME, "ru");
    this.zh = line(blankToNull(zh), ColumnLimits.NAME, "zh");
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
