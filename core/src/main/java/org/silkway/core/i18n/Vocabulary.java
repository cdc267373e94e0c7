package org.silkway.core.i18n;

import com.ibm.icu.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.silkway.core.claim.Bound;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.claim.CurrencyCode;
import org.silkway.core.claim.PropertyDefinition;
import org.silkway.core.claim.Scale;
import org.silkway.core.claim.Unit;
import org.silkway.core.country.CountryRole;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.entry.EntryType;

/**
 * The words Silkway prints around the register's data, in one language: property labels, entry
 * types, statuses, codes, units and the words of briefs and admin pages. Every word lives in the
 * bundles {@code org/silkway/core/i18n/vocabulary*.properties} (UTF-8), so a translator edits one
 * file per language, and {@code EveryWordIsTranslatedTest} fails when one lacks a word.
 *
 * <p>A missing word is an error, never a raw key on a page or in a PDF.
 */
public final class Vocabulary {

  private static final String BUNDLE = "org.silkway.core.i18n.vocabulary";
  private static final Map<Language, Vocabulary> BY_LANGUAGE = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      BY_LANGUAGE.put(language, new Vocabulary(language));
    }
  }

  private final Language language;
  private final ResourceBundle words;

  private Vocabulary(Language language) {
    this.language = language;
    // No fallback to the server's default locale: English is the base bundle, whatever the JVM.
    this.words =
        ResourceBundle.getBundle(
            BUNDLE,
            language.locale(),
            Vocabulary.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static Vocabulary of(Language language) {
    return BY_LANGUAGE.get(language);
  }

  public Language language() {
    return language;
  }

  public boolean has(String key) {
    return key != null && words.containsKey(key);
  }

  /**
   * @throws IllegalArgumentException naming the key when the vocabulary lacks it
   */
  public String word(String key) {
    try {
      return words.getString(key);
    } catch (MissingResourceException | NullPointerException e) {
      throw new IllegalArgumentException(
          "The " + language.tag() + " vocabulary has no word '" + key + "'");
    }
  }

  /** A count as the language writes it: "31,620", "31 620", "31,620". */
  public String count(long n) {
    return com.ibm.icu.text.NumberFormat.getIntegerInstance(locale()).format(n);
  }

  /**
   * A word with arguments, in ICU message syntax with this language's plural rules: {@code {0,
   * plural, one{# project} other{# projects}}}.
   */
  public String word(String key, Object... args) {
    return new MessageFormat(word(key), locale()).format(args);
  }

  /** The label of a claim's property: "Border with China" for {@code border-length-with-china}. */
  public String property(String property) {
    return word(PropertyDefinition.labelKey(property));
  }

  /** "Project". */
  public String type(EntryType type) {
    return word("type." + type.slug());
  }

  /** "Projects". */
  public String types(EntryType type) {
    return word("types." + type.slug());
  }

  public String status(EntryStatus status) {
    return word("status." + status.name());
  }

  /** The words for a code a property takes: "Under construction" for stage UNDER_CONSTRUCTION. */
  public String code(String property, String code) {
    return word("code." + property + "." + code);
  }

  public String stage(String code) {
    return code("stage", code);
  }

  /**
   * The mark a claim of this kind carries next to its value: "approx.", "forecast", "derived";
   * empty for what a source states as fact.
   */
  public String kind(ClaimKind kind) {
    return word("kind." + kind.name());
  }

  /**
   * The unit's name as a column or axis label: "billion US dollars", "million yuan", "km". A money
   * unit is its scale and its currency, unless the vocabulary words the pair itself.
   */
  public String unit(Unit unit) {
    if (unit.isMoney() && !has("unit." + unit.name())) {
      return word("unit.money", scale(unit.scale()), currency(unit.currency()));
    }
    return word("unit." + unit.name());
  }

  /** "million", "млн", "百万". */
  public String scale(Scale scale) {
    return word("scale." + scale.name());
  }

  /** A currency as an amount names it: "US dollars", "долларов США", "美元". */
  public String currency(CurrencyCode currency) {
    return word("currency." + currency.name());
  }

  /** The bound around an already worded amount: "more than 94.8 billion US dollars". */
  public String bound(Bound bound, String amount) {
    return word("bound." + bound.name(), amount);
  }

  public String role(CountryRole role) {
    return word("role." + role.name());
  }

  /** A language's name in this vocabulary's language: "Russian", "русский". */
  public String languageName(Language named) {
    return word("brief.language." + named.tag());
  }

  private Locale locale() {
    return language.locale();
  }
}
