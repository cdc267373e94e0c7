package org.silkway.core.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimValue;
import org.silkway.core.entry.Entry;
import org.silkway.core.i18n.Formats;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.i18n.Vocabulary;
import org.silkway.core.text.Text;

/**
 * What an editor did, in the words the desk reads it in ("corrected Cost: 1.2 billion US dollars →
 * 1.5 billion US dollars"): the record of the entry's last change, which the conflict message and
 * the queues show, names properties and values, never claim keys.
 */
final class ChangeWords {

  private static final Vocabulary WORDS = Vocabulary.of(Language.EN);
  private static final Formats FORMATS = Formats.of(Language.EN);

  private ChangeWords() {}

  /** "translated Agenda into Russian: «…»". */
  static String translated(Claim claim, Language language, String text) {
    return "translated "
        + WORDS.property(claim.property())
        + " into "
        + language.locale().getDisplayLanguage(Locale.ENGLISH)
        + ": "
        + Text.quote(text);
  }

  /** "Cost: about 1.2 billion US dollars". */
  static String claim(Claim claim) {
    return WORDS.property(claim.property()) + ": " + value(claim.property(), claim.value());
  }

  /** "about 1.2 billion US dollars". */
  static String value(Claim claim) {
    return value(claim.property(), claim.value());
  }

  /** "Cost: about 1.2 billion US dollars → about 1.5 billion US dollars". */
  static String change(String valueBefore, Claim after) {
    return WORDS.property(after.property()) + ": " + valueBefore + " → " + value(after);
  }

  /**
   * What a save of names and attributes changed: "changed Russian name: “” → “Паромный терминал”;
   * kind: OTHER → SUMMIT".
   */
  static String described(
      LocalizedName nameBefore,
      LocalizedName nameAfter,
      Map<String, String> attributesBefore,
      Map<String, String> attributesAfter) {
    List<String> changes = new ArrayList<>();
    for (Language language : Language.values()) {
      String before = nameBefore.has(language) ? nameBefore.in(language) : "";
      String after = nameAfter.has(language) ? nameAfter.in(language) : "";
      if (!before.equals(after)) {
        changes.add(WORDS.languageName(language) + " name: “" + before + "” → “" + after + "”");
      }
    }
    attributesAfter.forEach(
        (attribute, value) -> {
          if (!Objects.equals(value, attributesBefore.get(attribute))) {
            changes.add(attribute + ": " + attributesBefore.get(attribute) + " → " + value);
          }
        });
    return changes.isEmpty()
        ? "saved its names and attributes unchanged"
        : "changed " + String.join("; ", changes);
  }

  /** The entry's working name in quotes: “Aral green hydrogen plant”. */
  static String name(Entry entry) {
    return "“" + entry.workingName(Language.EN) + "”";
  }

  private static String value(String property, ClaimValue value) {
    return FORMATS.value(property, value);
  }
}
