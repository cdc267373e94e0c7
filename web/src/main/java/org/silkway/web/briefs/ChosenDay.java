package org.silkway.web.briefs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.silkway.core.i18n.Formats;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.Vocabulary;
import org.silkway.web.api.brief.AsOfDay;

/**
 * A day the reader chose in one of the briefs page's date fields ({@code asOf}, {@code since}): the
 * day when the page can use it, else a message saying why not. Days before the register's history
 * are refused here, on the page, since every link would otherwise answer 404.
 *
 * @param day the day, or null for none chosen or none usable
 * @param message what the page says about it (which day the links give, or why none); null when
 *     nothing was chosen
 */
record ChosenDay(LocalDate day, String message) {

  private static final Vocabulary WORDS = Vocabulary.of(Language.EN);
  private static final Formats FORMATS = Formats.of(Language.EN);

  /**
   * @param field the parameter and the prefix of its words: {@code asOf} reads {@code
   *     page.briefs.asOf.*}
   * @param raw the submitted value; empty or null for none
   */
  static ChosenDay of(String field, String raw, Optional<LocalDate> firstDay, Clock clock) {
    String words = "page.briefs." + field + ".";
    LocalDate day;
    try {
      day = AsOfDay.parse(field, raw == null || raw.isEmpty() ? null : raw, clock).orElse(null);
    } catch (AsOfDay.Invalid invalid) {
      return new ChosenDay(
          null,
          invalid.afterToday()
              ? WORDS.word(words + "afterToday", FORMATS.date(AsOfDay.today(clock)))
              : WORDS.word(words + "malformed"));
    }
    if (day == null) {
      return new ChosenDay(null, null);
    }
    if (firstDay.isEmpty()) {
      return new ChosenDay(null, WORDS.word("page.briefs.registerEmpty"));
    }
    if (day.isBefore(firstDay.get())) {
      return new ChosenDay(
          null,
          WORDS.word(words + "beforeHistory", FORMATS.date(day), FORMATS.date(firstDay.get())));
    }
    return new ChosenDay(day, WORDS.word(words + "showing", FORMATS.date(day)));
  }

  /** Whether the reader asked for something that is not a day the page could use. */
  boolean refused() {
    return message != null && day == null;
  }

  /** As the date field shows it, or empty. */
  String field() {
    return day == null ? "" : day.toString();
  }
}
