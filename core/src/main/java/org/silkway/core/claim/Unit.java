package org.silkway.core.claim;

/** The units Silkway's figures come in. */
public enum Unit {
  USD_BILLION("billion USD"),
  UNITS("units"),
  TRIPS("trips"),
  TRAVELS("travels"),
  PERCENT("%"),
  KM("km"),
  MW("MW");

  private final String symbol;

  Unit(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
