package org.silkway.core.claim;

import static org.silkway.core.text.Text.blankToNull;
import static org.silkway.core.text.Text.prose;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;
import org.silkway.core.i18n.Language;
import org.silkway.core.persistence.ColumnLimits;
import org.silkway.core.text.InvalidFieldException;

/**
 * A text claim's wording in the languages its source did not write it in: what a brief in that
 * language prints instead of the original. Immutable: a change makes a new value, so that Hibernate
 * sees it as one.
 */
@Embeddable
public class Translations {

  @Column(name = "tr_en", length = ColumnLimits.CLAIM_TEXT)
  private String en;

  @Column(name = "tr_ru", length = ColumnLimits.CLAIM_TEXT)
  private String ru;

  @Column(name = "tr_zh", length = ColumnLimits.CLAIM_TEXT)
  private String zh;

  protected Translations() {}

  private Translations(String en, String ru, String zh) {
    this.en = en;
    this.ru = ru;
    this.zh = zh;
  }

  /** No translation yet. */
  public static Translations none() {
    return new Translations(null, null, null);
  }

  /** Hibernate loads an embeddable whose columns are all empty as null: read that as none. */
  static Translations orNone(Translations translations) {
    return translations == null ? none() : translations;
  }

  /**
   * These translations with the one into {@code language} set.
   *
   * @throws InvalidFieldException naming {@code translation} when the text is empty or too long
   */
  public Translations with(Language language, String text) {
    String checked = prose(blankToNull(text), ColumnLimits.CLAIM_TEXT, "translation");
    if (checked == null) {
      throw new InvalidFieldException("translation", "Write the translation");
    }
    String stripped = checked.strip();
    return switch (language) {
      case EN -> new Translations(stripped, ru, zh);
      case RU -> new Translations(en, stripped, zh);
      case ZH -> new Translations(en, ru, stripped);
    };
  }

  /** These translations, with those of {@code newer} taking the place of any in its languages. */
  public Translations overlaidWith(Translations newer) {
    Translations other = orNone(newer);
    return new Translations(
        other.en != null ? other.en : en,
        other.ru != null ? other.ru : ru,
        other.zh != null ? other.zh : zh);
  }

  /** The translation into the language, if one was given. */
  public Optional<String> in(Language language) {
    return Optional.ofNullable(
        switch (language) {
          case EN -> en;
          case RU -> ru;
          case ZH -> zh;
        });
  }

  public boolean isEmpty() {
    return en == null && ru == null && zh == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Translations other
        && Objects.equals(en, other.en)
        && Objects.equals(ru, other.ru)
        && Objects.equals(zh, other.zh);
  }

  @Override
  public int hashCode() {
    return Objects.hash(en, ru, zh);
  }

  @Override
  public String toString() {
    return "Translations[en=" + en + ", ru=" + ru + ", zh=" + zh + "]";
  }
}
