package org.silkway.core.claim;

/**
 * The units Silkway's figures come in. Money is a currency at a scale, as the source gave it ("350
 * million yuan" is 350 {@code CNY_MILLION}): a figure is kept as entered and never converted to
 * another currency or scale, so two sources in different currencies stay two figures.
 */
public enum Unit {
  USD_THOUSAND(CurrencyCode.USD, Scale.THOUSAND),
  USD_MILLION(CurrencyCode.USD, Scale.MILLION),
  USD_BILLION(CurrencyCode.USD, Scale.BILLION),
  CNY_THOUSAND(CurrencyCode.CNY, Scale.THOUSAND),
  CNY_MILLION(CurrencyCode.CNY, Scale.MILLION),
  CNY_BILLION(CurrencyCode.CNY, Scale.BILLION),
  EUR_THOUSAND(CurrencyCode.EUR, Scale.THOUSAND),
  EUR_MILLION(CurrencyCode.EUR, Scale.MILLION),
  EUR_BILLION(CurrencyCode.EUR, Scale.BILLION),
  RUB_THOUSAND(CurrencyCode.RUB, Scale.THOUSAND),
  RUB_MILLION(CurrencyCode.RUB, Scale.MILLION),
  RUB_BILLION(CurrencyCode.RUB, Scale.BILLION),
  KZT_THOUSAND(CurrencyCode.KZT, Scale.THOUSAND),
  KZT_MILLION(CurrencyCode.KZT, Scale.MILLION),
  KZT_BILLION(CurrencyCode.KZT, Scale.BILLION),
  UZS_THOUSAND(CurrencyCode.UZS, Scale.THOUSAND),
  UZS_MILLION(CurrencyCode.UZS, Scale.MILLION),
  UZS_BILLION(CurrencyCode.UZS, Scale.BILLION),
  KGS_THOUSAND(CurrencyCode.KGS, Scale.THOUSAND),
  KGS_MILLION(CurrencyCode.KGS, Scale.MILLION),
  KGS_BILLION(CurrencyCode.KGS, Scale.BILLION),
  TJS_THOUSAND(CurrencyCode.TJS, Scale.THOUSAND),
  TJS_MILLION(CurrencyCode.TJS, Scale.MILLION),
  TJS_BILLION(CurrencyCode.TJS, Scale.BILLION),
  TMT_THOUSAND(CurrencyCode.TMT, Scale.THOUSAND),
  TMT_MILLION(CurrencyCode.TMT, Scale.MILLION),
  TMT_BILLION(CurrencyCode.TMT, Scale.BILLION),
  UNITS,
  TRIPS,
  TRAVELS,
  PERCENT,
  KM,
  MW;

  private final CurrencyCode currency;
  private final Scale scale;

  Unit() {
    this(null, null);
  }

  Unit(CurrencyCode currency, Scale scale) {
    this.currency = currency;
    this.scale = scale;
  }

  /** Whether this is a sum of money: then it has a {@link #currency} and a {@link #scale}. */
  public boolean isMoney() {
    return currency != null;
  }

  /** The currency of a money unit, or null. */
  public CurrencyCode currency() {
    return currency;
  }

  /** The scale of a money unit, or null. */
  public Scale scale() {
    return scale;
  }

  /** The money unit of a currency at a scale: {@code USD_MILLION} for USD and MILLION. */
  public static Unit money(CurrencyCode currency, Scale scale) {
    return valueOf(currency.name() + "_" + scale.name());
  }

  /** Every money unit, in the order forms list them. */
  public static java.util.Set<Unit> moneyUnits() {
    java.util.Set<Unit> money = java.util.EnumSet.noneOf(Unit.class);
    for (Unit u : values()) {
      if (u.isMoney()) {
        money.add(u);
      }
    }
    return money;
  }
}
