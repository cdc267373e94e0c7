package org.silkway.core.claim;

/** How a source bounds a figure: "over $100 billion" is MORE_THAN 100. */
public enum Bound {
  EXACT(""),
  ABOUT("about "),
  MORE_THAN("more than "),
  AT_LEAST("at least "),
  NEARLY("nearly "),
  UP_TO("up to ");

  private final String prefix;

  Bound(String prefix) {
    this.prefix = prefix;
  }

  /** How the bound reads before a number in English: "more than ". */
  public String prefix() {
    return prefix;
  }
}
