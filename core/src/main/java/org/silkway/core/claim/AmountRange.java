package org.silkway.core.claim;

import static org.silkway.core.persistence.ColumnLimits.AMOUNT_DECIMALS;
import static org.silkway.core.persistence.ColumnLimits.AMOUNT_INTEGER_DIGITS;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.text.Text;

/**
 * What an amount may be: what its column ({@code numeric(20,6)}) holds exactly, never rounded. A
 * written amount is judged by its digits and exponent before it becomes a number, because turning
 * {@code 1e999999999} into one takes minutes and more memory than a server has.
 */
public final class AmountRange {

  private static final String FIELD = "amount";
  private static final Pattern DECIMAL =
      Pattern.compile("([+-]?)([0-9]*)(?:\\.([0-9]*))?(?:[eE]([+-]?[0-9]+))?");

  /** Exponents beyond this cannot give an amount in range, whatever the digits. */
  private static final int LARGEST_USEFUL_EXPONENT = 1_000_000;

  private AmountRange() {}

  /**
   * Reads an amount written as a JSON number or a decimal string: {@code 94.8}, {@code -3}, {@code
   * 1.5e3}.
   *
   * @throws InvalidFieldException naming the field {@code amount} when it is not a number, or not
   *     one the register can hold exactly
   */
  public static BigDecimal parse(String text) {
    Matcher m = text == null ? null : DECIMAL.matcher(text);
    if (m == null || !m.matches() || m.group(2).isEmpty() && emptyOrNull(m.group(3))) {
      throw new InvalidFieldException(FIELD, Text.quote(text) + " is not a number");
    }
    String digits = m.group(2) + (m.group(3) == null ? "" : m.group(3));
    int first = firstNonZero(digits);
    if (first == digits.length()) {
      return BigDecimal.ZERO;
    }
    int last = lastNonZero(digits);
    long exponent = exponent(m.group(4), text);
    // The decimal point sits after this many digits of `digits` (left of them when negative).
    long point = m.group(2).length() + exponent;
    long integerDigits = point - first;
    long decimals = last + 1 - point;
    if (integerDigits > AMOUNT_INTEGER_DIGITS) {
      throw tooLarge(text);
    }
    if (decimals > AMOUNT_DECIMALS) {
      throw tooPrecise(text);
    }
    BigInteger unscaled = new BigInteger(digits.substring(first, last + 1));
    BigDecimal amount = new BigDecimal(unscaled, (int) decimals);
    return m.group(1).equals("-") ? amount.negate() : amount;
  }

  /**
   * Checks an amount given as a number (a form, a test).
   *
   * @return the amount without trailing zeros
   */
  public static BigDecimal require(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > AMOUNT_DECIMALS) {
      throw tooPrecise(stripped.toString());
    }
    if (stripped.precision() - stripped.scale() > AMOUNT_INTEGER_DIGITS) {
      throw tooLarge(stripped.toString());
    }
    return stripped;
  }

  private static long exponent(String written, String text) {
    if (written == null) {
      return 0;
    }
    String digits = written.replaceFirst("^[+-]", "");
    int first = firstNonZero(digits);
    if (digits.length() - first > String.valueOf(LARGEST_USEFUL_EXPONENT).length()) {
      throw written.startsWith("-") ? tooPrecise(text) : tooLarge(text);
    }
    return first == digits.length() ? 0 : Long.parseLong(written);
  }

  private static InvalidFieldException tooLarge(String text) {
    return new InvalidFieldException(
        FIELD,
        Text.quote(text)
            + " is too large: an amount has at most "
            + AMOUNT_INTEGER_DIGITS
            + " digits before the decimal point");
  }

  private static InvalidFieldException tooPrecise(String text) {
    return new InvalidFieldException(
        FIELD,
        Text.quote(text)
            + " has too many decimals: an amount has at most "
            + AMOUNT_DECIMALS
            + " digits after the decimal point, and is never rounded");
  }

  private static boolean emptyOrNull(String s) {
    return s == null || s.isEmpty();
  }

  private static int firstNonZero(String digits) {
    int i = 0;
    while (i < digits.length() && digits.charAt(i) == '0') {
      i++;
    }
    return i;
  }

  private static int lastNonZero(String digits) {
    int i = digits.length() - 1;
    while (i >= 0 && digits.charAt(i) == '0') {
      i--;
    }
    return i;
  }
}
