package org.silkway.core.i18n;

import com.ibm.icu.number.FormattedNumber;
import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.NumberFormatter.GroupingStrategy;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.silkway.core.claim.Bound;
import org.silkway.core.claim.ClaimValue;
import org.silkway.core.claim.Scale;
import org.silkway.core.claim.Unit;
import org.silkway.core.time.Precision;
import org.silkway.core.time.TimeSpan;

/**
 * Numbers, amounts and dates as a reader of one language expects them: "more than 94.8 billion US
 * dollars", "более 94,8 млрд долларов США", "超过948亿美元"; "16–18 June 2025", "16–18 июня 2025 г.",
 * "2025年6月16日至18日". Amounts are printed exactly as the register holds them, never rounded and
 * without trailing zeros. Dates are calendar dates, so they are formatted in UTC.
 */
public final class Formats {

  private static final Map<Language, Formats> BY_LANGUAGE = new EnumMap<>(Language.class);
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
  private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

  /** Chinese counts large figures in 万 (10⁴) and money in 亿 (10⁸): 1 billion is 10亿. */
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

  private static final Set<Unit> COUNTS = Set.of(Unit.UNITS, Unit.TRIPS, Unit.TRAVELS);

  static {
    for (Language language : Language.values()) {
      BY_LANGUAGE.put(language, new Formats(language));
    }
  }

  private final Language language;
  private final ULocale locale;
  private final Vocabulary words;
  private final LocalizedNumberFormatter numbers;
  private final PluralRules plurals;

  private Formats(Language language) {
    this.language = language;
    this.locale = localeFor(language);
    this.words = Vocabulary.of(language);
    // Russian and Chinese typesetting leave a four-digit figure whole (1783 км, 4725列) and group
    // from five digits; English groups from four (1,783 km).
    this.numbers =
        NumberFormatter.withLocale(locale)
            .precision(com.ibm.icu.number.Precision.unlimited())
            .grouping(language == Language.EN ? GroupingStrategy.AUTO : GroupingStrategy.MIN2);
    this.plurals = PluralRules.forLocale(locale);
  }

  /**
   * English briefs follow British usage (day before month: "18 June 2025"), as the international
   * documents of the region's ministries in English do.
   */
  private static ULocale localeFor(Language language) {
    return switch (language) {
      case EN -> ULocale.UK;
      case RU -> new ULocale("ru_RU");
      case ZH -> ULocale.SIMPLIFIED_CHINESE;
    };
  }

  public static Formats of(Language language) {
    return BY_LANGUAGE.get(language);
  }

  /** A number with the language's grouping and decimal separators: 1,234.5 / 1 234,5 / 1,234.5. */
  public String number(BigDecimal number) {
    return numbers.format(number.stripTrailingZeros()).toString();
  }

  /**
   * An amount in its unit, bounded as its source bounds it: "nearly 95 billion US dollars", "около
   * 8 млрд долларов США", "超过120万人次", "2 trips", "5 поездок".
   */
  public String amount(BigDecimal amount, Unit unit, Bound bound) {
    if (unit.isMoney()) {
      return words.bound(bound, money(amount, unit));
    }
    BigDecimal shown = amount.stripTrailingZeros();
    String magnitude = "";
    if (language == Language.ZH && COUNTS.contains(unit) && isRoundTenThousands(shown)) {
      shown = shown.scaleByPowerOfTen(-4);
      magnitude = "万"; // part of how the number is written, like a decimal separator
    }
    FormattedNumber figure = numbers.format(shown.stripTrailingZeros());
    String worded =
        words.word(
            "amount." + unit.name(),
            plurals.select(figure),
            figure.toString() + magnitude,
            bound.name());
    return words.bound(bound, worded);
  }

  /**
   * A sum at the scale and in the currency its source gave: "350 million yuan", "350 млн юаней".
   * Chinese writes large sums in 亿 (10⁸) and 万 (10⁴), so there the figure is regrouped (350 million
   * is 3.5亿), which is notation, not conversion: the currency is never changed.
   */
  private String money(BigDecimal amount, Unit unit) {
    if (language != Language.ZH) {
      String figure = numbers.format(amount.stripTrailingZeros()).toString();
      return words.word(
          "amount.money", figure, words.scale(unit.scale()), words.currency(unit.currency()));
    }
    // Billions always in 亿 (as briefs have printed them: 0.5亿美元), smaller scales in the
    // largest of 亿 and 万 the sum reaches.
    BigDecimal sum = amount.scaleByPowerOfTen(unit.scale().powerOfTen());
    String figure;
    if (unit.scale() == Scale.BILLION || sum.abs().compareTo(HUNDRED_MILLION) >= 0) {
      figure = number(sum.scaleByPowerOfTen(-8)) + "亿";
    } else if (unit.scale() == Scale.MILLION || sum.abs().compareTo(TEN_THOUSAND) >= 0) {
      figure = number(sum.scaleByPowerOfTen(-4)) + "万";
    } else {
      figure = number(sum);
    }
    return words.word("amount.money", figure, "", words.currency(unit.currency()));
  }

  /** 1 200 000 is 120万 and 51 000 is 5.1万; 4725 stays as it is. */
  private static boolean isRoundTenThousands(BigDecimal amount) {
    return amount.abs().compareTo(TEN_THOUSAND) >= 0
        && amount.scaleByPowerOfTen(-4).stripTrailingZeros().scale() <= 2;
  }

  /**
   * A date or span at its precision: "18 June 2025", "June 2025", "2025", "16–18 June 2025", "June
   * – August 2025"; in Russian "18 июня 2025 г.", in Chinese "2025年6月16日至18日".
   */
  public String time(TimeSpan span) {
    boolean single = span.end() == null || span.end().equals(span.start());
    if (span.precision() == Precision.YEAR) {
      // ICU writes a bare year without the Russian "г." and the Chinese "年" a date would carry.
      return single
          ? words.word("time.year", span.start())
          : words.word("time.years", span.start(), span.end());
    }
    String skeleton = span.precision() == Precision.DAY ? "yMMMMd" : "yMMMM";
    long start = millis(span.earliest());
    if (single) {
      DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, locale);
      format.setTimeZone(UTC);
      return printable(format.format(new Date(start)));
    }
    DateIntervalFormat format = DateIntervalFormat.getInstance(skeleton, locale);
    format.setTimeZone(UTC);
    long end = millis(span.precision().firstDay(span.end()));
    return printable(format.format(new DateInterval(start, end)));
  }

  /**
   * ICU spaces dates with thin (U+2009) and narrow no-break spaces (U+202F), which not every PDF
   * font has: a thin space becomes a plain one and a narrow no-break space a no-break space, which
   * still keeps "2025 г." on one line.
   */
  private static String printable(String formatted) {
    return formatted.replace('\u2009', ' ').replace('\u202f', '\u00a0');
  }

  /**
   * A claim's value as a reader of this language sees it: a text as written, an entry by its name,
   * an amount or a time as above, a code in words ("Under construction" for a stage).
   */
  public String value(String property, ClaimValue value) {
    return switch (value.kind()) {
      case TEXT -> value.text();
      case ENTRY -> value.entry().name().in(language);
      case AMOUNT -> amount(value.amount(), value.unit(), value.bound());
      case TIME -> time(value.time());
      case CODE -> words.code(property, value.code());
    };
  }

  /** A day: "18 June 2025", "18 июня 2025 г.", "2025年6月18日". */
  public String date(LocalDate day) {
    return time(TimeSpan.day(day));
  }

  /** A moment to the minute, in UTC: "18 June 2025, 14:05 UTC". */
  public String dateTime(Instant instant) {
    var utc = instant.atOffset(ZoneOffset.UTC);
    String separator = language == Language.ZH ? " " : ", ";
    return date(utc.toLocalDate()) + separator + HOURS_MINUTES.format(utc) + " UTC";
  }

  private static long millis(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }
}
