package org.silkway.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.silkway.core.claim.Bound;
import org.silkway.core.claim.ClaimValue;
import org.silkway.core.claim.Unit;
import org.silkway.core.time.Precision;
import org.silkway.core.time.TimeSpan;

/**
 * Figures and dates read as a ministry's text in each language would write them. Russian group
 * separators and the space before "г." are no-break spaces (U+00A0), written here as {@code
 * \u00a0}, so that a figure or a date never breaks across lines.
 */
class FormatsTest {

  @ParameterizedTest(name = "{0}: {1} {2} {3} reads \"{4}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | 94.8      | USD_BILLION | EXACT     | 94.8 billion US dollars",
        "RU | 94.8      | USD_BILLION | EXACT     | 94,8 млрд долларов США",
        "ZH | 94.8      | USD_BILLION | EXACT     | 948亿美元",
        "EN | 94.8      | USD_BILLION | MORE_THAN | more than 94.8 billion US dollars",
        "RU | 94.8      | USD_BILLION | MORE_THAN | более 94,8 млрд долларов США",
        "ZH | 94.8      | USD_BILLION | MORE_THAN | 超过948亿美元",
        "EN | 95        | USD_BILLION | NEARLY    | nearly 95 billion US dollars",
        "RU | 95        | USD_BILLION | NEARLY    | почти 95 млрд долларов США",
        "ZH | 95        | USD_BILLION | NEARLY    | 近950亿美元",
        "EN | 8.000000  | USD_BILLION | ABOUT     | about 8 billion US dollars",
        "RU | 8.000000  | USD_BILLION | ABOUT     | около 8 млрд долларов США",
        "ZH | 8.000000  | USD_BILLION | ABOUT     | 约80亿美元",
        "EN | 0.05      | USD_BILLION | AT_LEAST  | at least 0.05 billion US dollars",
        "ZH | 0.05      | USD_BILLION | UP_TO     | 最多0.5亿美元",
        "EN | 1783      | KM          | EXACT     | 1,783 km",
        "RU | 1783      | KM          | EXACT     | 1783 км",
        "ZH | 1783      | KM          | EXACT     | 1783公里",
        "RU | 12345     | KM          | UP_TO     | до 12\u00a0345 км",
        "EN | 12.5      | PERCENT     | EXACT     | 12.5%",
        "RU | 12.5      | PERCENT     | EXACT     | 12,5 %",
        "ZH | 12.5      | PERCENT     | EXACT     | 12.5%",
        "EN | 1320      | MW          | ABOUT     | about 1,320 MW",
        "RU | 1320      | MW          | ABOUT     | около 1320 МВт",
        "ZH | 1320      | MW          | ABOUT     | 约1320兆瓦",
        "EN | 0         | USD_BILLION | EXACT     | 0 billion US dollars",
        "ZH | 0         | USD_BILLION | EXACT     | 0亿美元",
        "EN | -5.4      | USD_BILLION | EXACT     | -5.4 billion US dollars",
        "RU | -5.4      | USD_BILLION | EXACT     | -5,4 млрд долларов США",
        "ZH | -5.4      | USD_BILLION | EXACT     | -54亿美元",
        "EN | -3        | PERCENT     | EXACT     | -3%",
        "EN | 350       | CNY_MILLION | ABOUT     | about 350 million yuan",
        "RU | 350       | CNY_MILLION | ABOUT     | около 350 млн юаней",
        "ZH | 350       | CNY_MILLION | ABOUT     | 约3.5亿元人民币",
        "EN | 350       | USD_MILLION | EXACT     | 350 million US dollars",
        "ZH | 5         | USD_MILLION | EXACT     | 500万美元",
        "EN | 1.5       | KZT_BILLION | MORE_THAN | more than 1.5 billion tenge",
        "RU | 1.5       | KZT_BILLION | MORE_THAN | более 1,5 млрд тенге",
        "ZH | 1.5       | KZT_BILLION | MORE_THAN | 超过15亿坚戈",
        "EN | 800       | EUR_THOUSAND| EXACT     | 800 thousand euros",
        "RU | 800       | EUR_THOUSAND| EXACT     | 800 тыс. евро",
        "ZH | 800       | EUR_THOUSAND| EXACT     | 80万欧元",
        "ZH | 5         | RUB_THOUSAND| EXACT     | 5000卢布",
        "EN | 12        | UZS_BILLION | UP_TO     | up to 12 billion sums",
        "EN | 2         | KGS_MILLION | EXACT     | 2 million soms",
        "EN | 40        | TJS_MILLION | EXACT     | 40 million somoni",
        "EN | 3         | TMT_BILLION | EXACT     | 3 billion manats",
      })
  void an_amount_reads_in_the_language(
      Language language, BigDecimal amount, Unit unit, Bound bound, String words) {
    assertEquals(words, Formats.of(language).amount(amount, unit, bound));
  }

  @ParameterizedTest(name = "{0}: {1} {2} {3} reads \"{4}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | 1       | TRIPS   | EXACT     | 1 trip",
        "EN | 2       | TRIPS   | EXACT     | 2 trips",
        "EN | 1.5     | TRIPS   | EXACT     | 1.5 trips",
        "EN | 4725    | TRIPS   | EXACT     | 4,725 trips",
        "RU | 1       | TRIPS   | EXACT     | 1 рейс",
        "RU | 2       | TRIPS   | EXACT     | 2 рейса",
        "RU | 5       | TRIPS   | EXACT     | 5 рейсов",
        "RU | 4725    | TRIPS   | EXACT     | 4725 рейсов",
        "ZH | 4725    | TRIPS   | EXACT     | 4725列",
        "RU | 1       | TRAVELS | EXACT     | 1 поездка",
        "RU | 2       | TRAVELS | EXACT     | 2 поездки",
        "RU | 5       | TRAVELS | EXACT     | 5 поездок",
        "RU | 21      | TRAVELS | EXACT     | 21 поездка",
        "RU | 1.5     | TRAVELS | EXACT     | 1,5 поездки",
        "RU | 2       | TRAVELS | NEARLY    | почти 2 поездки",
        "RU | 2       | TRAVELS | ABOUT     | около 2 поездок",
        "RU | 21      | TRAVELS | MORE_THAN | более 21 поездки",
        "RU | 1200000 | TRAVELS | MORE_THAN | более 1\u00a0200\u00a0000 поездок",
        "EN | 1200000 | TRAVELS | MORE_THAN | more than 1,200,000 travels",
        "ZH | 1200000 | TRAVELS | MORE_THAN | 超过120万人次",
        "EN | 1       | UNITS   | EXACT     | 1 unit",
        "EN | 51000   | UNITS   | EXACT     | 51,000 units",
        "RU | 51000   | UNITS   | EXACT     | 51\u00a0000 единиц",
        "RU | 3       | UNITS   | AT_LEAST  | не менее 3 единиц",
        "ZH | 51000   | UNITS   | EXACT     | 5.1万个",
        "ZH | 51234   | UNITS   | EXACT     | 51,234个",
      })
  void a_count_takes_the_plural_and_case_its_number_and_bound_ask_for(
      Language language, BigDecimal amount, Unit unit, Bound bound, String words) {
    assertEquals(words, Formats.of(language).amount(amount, unit, bound));
  }

  @ParameterizedTest(name = "{0}: {1} reads \"{2}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | 1234567.25 | 1,234,567.25",
        "RU | 1234567.25 | 1\u00a0234\u00a0567,25",
        "ZH | 1234567.25 | 1,234,567.25",
        "EN | 8.000000   | 8",
        "EN | 0.000001   | 0.000001",
        "RU | -0.5       | -0,5",
        "EN | 0          | 0",
      })
  void a_number_uses_the_language_separators_and_keeps_every_digit(
      Language language, BigDecimal number, String words) {
    assertEquals(words, Formats.of(language).number(number));
  }

  @ParameterizedTest(name = "{0}: {1}..{2} at {3} reads \"{4}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | 2025-06-18 |            | DAY   | 18 June 2025",
        "RU | 2025-06-18 |            | DAY   | 18 июня 2025\u00a0г.",
        "ZH | 2025-06-18 |            | DAY   | 2025年6月18日",
        "EN | 2025-06    |            | MONTH | June 2025",
        "RU | 2025-06    |            | MONTH | июнь 2025\u00a0г.",
        "ZH | 2025-06    |            | MONTH | 2025年6月",
        "EN | 2025       |            | YEAR  | 2025",
        "RU | 2025       |            | YEAR  | 2025\u00a0г.",
        "ZH | 2025       |            | YEAR  | 2025年",
        "EN | 2025-06-16 | 2025-06-18 | DAY   | 16–18 June 2025",
        "RU | 2025-06-16 | 2025-06-18 | DAY   | 16–18 июня 2025\u00a0г.",
        "ZH | 2025-06-16 | 2025-06-18 | DAY   | 2025年6月16日至18日",
        "EN | 2025-06-30 | 2025-07-02 | DAY   | 30 June – 2 July 2025",
        "RU | 2025-06-30 | 2025-07-02 | DAY   | 30 июня – 2 июля 2025\u00a0г.",
        "ZH | 2025-06-30 | 2025-07-02 | DAY   | 2025年6月30日至7月2日",
        "EN | 2024-12-30 | 2025-01-02 | DAY   | 30 December 2024 – 2 January 2025",
        "ZH | 2024-12-30 | 2025-01-02 | DAY   | 2024年12月30日至2025年1月2日",
        "EN | 2025-01    | 2025-04    | MONTH | January – April 2025",
        "RU | 2025-01    | 2025-04    | MONTH | январь – апрель 2025\u00a0г.",
        "ZH | 2025-01    | 2025-04    | MONTH | 2025年1月至4月",
        "EN | 2024       | 2026       | YEAR  | 2024–2026",
        "RU | 2024       | 2026       | YEAR  | 2024–2026\u00a0гг.",
        "ZH | 2024       | 2026       | YEAR  | 2024—2026年",
        "EN | 2025-06-18 | 2025-06-18 | DAY   | 18 June 2025",
      })
  void a_date_or_span_reads_in_the_language(
      Language language, String start, String end, Precision precision, String words) {
    assertEquals(words, Formats.of(language).time(new TimeSpan(start, end, precision)));
  }

  @ParameterizedTest(name = "{0}: {1} reads \"{2}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | 18 June 2025",
        "RU | 18 июня 2025\u00a0г.",
        "ZH | 2025年6月18日",
      })
  void a_day_reads_in_the_language(Language language, String words) {
    assertEquals(words, Formats.of(language).date(LocalDate.of(2025, 6, 18)));
  }

  @ParameterizedTest(name = "{0}: reads \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | 18 June 2025, 14:05 UTC",
        "RU | 18 июня 2025\u00a0г., 14:05 UTC",
        "ZH | 2025年6月18日 14:05 UTC",
      })
  void a_moment_reads_as_its_utc_day_and_minute(Language language, String words) {
    assertEquals(words, Formats.of(language).dateTime(Instant.parse("2025-06-18T14:05:59Z")));
  }

  @ParameterizedTest(name = "{0}: stage {1} reads \"{2}\"")
  @CsvSource({"EN, UNDER_CONSTRUCTION, Under construction", "ZH, UNDER_CONSTRUCTION, 在建"})
  void a_code_value_reads_as_the_words_for_its_property(
      Language language, String code, String words) {
    assertEquals(words, Formats.of(language).value("stage", ClaimValue.code(code)));
  }

  @ParameterizedTest(name = "{0}: reads \"{1}\"")
  @CsvSource({"EN, about 8 billion US dollars", "RU, около 8 млрд долларов США"})
  void an_amount_value_reads_as_an_amount(Language language, String words) {
    ClaimValue cost = ClaimValue.amount(new BigDecimal("8.000000"), Unit.USD_BILLION, Bound.ABOUT);
    assertEquals(words, Formats.of(language).value("cost", cost));
  }
}
