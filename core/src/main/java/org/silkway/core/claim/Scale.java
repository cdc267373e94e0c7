package org.silkway.core.claim;

/** The word a source puts after a money figure: "350 million", "1.2 billion". */
public enum Scale {
  THOUSAND(3),
  MILLION(6),
  BILLION(9);

  private final int powerOfTen;

  Scale(int powerOfTen) {
    this.powerOfTen = powerOfTen;
  }

  /** 6 for a million: the figure times ten to this power is the sum in the currency. */
  public int powerOfTen() {
    return powerOfTen;
  }
}
