package org.silkway.core.spreadsheet;

import java.util.Locale;
import org.silkway.core.claim.Bound;

/**
 * An amount as a cell holds it: the number as typed, after the words of its bound where the source
 * bounds it ("about 8", "more than 100"), as briefs print them in English.
 */
record AmountCell(Bound bound, String number) {

  static AmountCell parse(String cell) {
    String lower = cell.strip().toLowerCase(Locale.ROOT);
    for (Bound bound : Bound.values()) {
      if (bound != Bound.EXACT && lower.startsWith(bound.prefix())) {
        return new AmountCell(bound, cell.strip().substring(bound.prefix().length()).strip());
      }
    }
    return new AmountCell(Bound.EXACT, cell.strip());
  }

  static String format(Bound bound, java.math.BigDecimal amount) {
    return bound.prefix() + amount.toPlainString();
  }
}
