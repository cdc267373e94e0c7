package org.silkway.core.curation;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.silkway.core.claim.AmountRange;
import org.silkway.core.claim.Bound;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.claim.ClaimValue;
import org.silkway.core.claim.Unit;
import org.silkway.core.claim.ValueKind;
import org.silkway.core.entry.Entry;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.text.Text;
import org.silkway.core.time.Precision;
import org.silkway.core.time.TimeSpan;

/**
 * A claim as an editor types it into the claim form, before it is checked: every part is text or a
 * choice, and {@link #value} and {@link #appliesTo} turn it into the domain's values, naming the
 * form field at fault ({@code value.amount}, {@code appliesTo.start}) when a part is wrong.
 *
 * @param entryKey for an entry value: the key the picker chose
 * @param amount for an amount: the number as typed ("94.8")
 * @param timeEnd for a span: its end, or blank for a single date
 * @param appliesPrecision blank when the claim applies to no particular time
 */
public record ClaimInput(
    String property,
    ValueKind valueKind,
    String text,
    String entryKey,
    String amount,
    Unit unit,
    Bound bound,
    Precision timePrecision,
    String timeStart,
    String timeEnd,
    String code,
    Precision appliesPrecision,
    String appliesStart,
    String appliesEnd,
    String asStated,
    ClaimKind kind,
    String note,
    List<CitationInput> citations)
    implements java.io.Serializable {

  public ClaimInput {
    citations = citations == null ? List.of() : List.copyOf(citations);
  }

  /**
   * The value, of the kind the editor chose.
   *
   * @param entries finds the entry an entry value names
   */
  ClaimValue value(Function<String, java.util.Optional<Entry>> entries) {
    if (property == null || property.isBlank()) {
      throw new InvalidFieldException("property", "Choose what the claim is about");
    }
    if (valueKind == null) {
      throw new InvalidFieldException("valueKind", "Choose the kind of value");
    }
    return switch (valueKind) {
      case TEXT -> at("value.text", () -> ClaimValue.text(text));
      case ENTRY -> {
        if (entryKey == null || entryKey.isBlank()) {
          throw new InvalidFieldException("value.entry", "Choose an entry from the list");
        }
        Entry target =
            entries
                .apply(entryKey)
                .orElseThrow(
                    () ->
                        new InvalidFieldException(
                            "value.entry",
                            "There is no entry "
                                + Text.quote(entryKey)
                                + ": choose one from the list"));
        yield ClaimValue.entry(target);
      }
      case AMOUNT -> {
        if (amount == null || amount.isBlank()) {
          throw new InvalidFieldException("value.amount", "Type the amount, such as 94.8");
        }
        if (unit == null) {
          throw new InvalidFieldException("value.unit", "Choose the unit");
        }
        var number = at("value.amount", () -> AmountRange.parse(amount.strip()));
        yield ClaimValue.amount(number, unit, bound == null ? Bound.EXACT : bound);
      }
      case TIME -> ClaimValue.time(span("value.time", timePrecision, timeStart, timeEnd));
      case CODE -> {
        if (code == null || code.isBlank()) {
          throw new InvalidFieldException("value.code", "Choose a value from the list");
        }
        yield at("value.code", () -> ClaimValue.code(code));
      }
    };
  }

  /** The time the claim applies to, or null when the editor left it blank. */
  TimeSpan appliesTo() {
    if (appliesPrecision == null
        && (appliesStart == null || appliesStart.isBlank())
        && (appliesEnd == null || appliesEnd.isBlank())) {
      return null;
    }
    return span("appliesTo", appliesPrecision, appliesStart, appliesEnd);
  }

  ClaimKind requireKind() {
    if (kind == null) {
      throw new InvalidFieldException(
          "kind", "Choose the kind: actual, estimate, forecast or derived");
    }
    return kind;
  }

  private static TimeSpan span(String field, Precision precision, String start, String end) {
    if (precision == null) {
      throw new InvalidFieldException(
          field + ".precision", "Choose how precise the date is: day, month or year");
    }
    if (start == null || start.isBlank()) {
      throw new InvalidFieldException(
          field + ".start", "Type the date, such as " + example(precision));
    }
    String last = end == null || end.isBlank() ? null : end.strip();
    return within(field, () -> new TimeSpan(start.strip(), last, precision));
  }

  private static String example(Precision precision) {
    return switch (precision) {
      case DAY -> "2025-06-16";
      case MONTH -> "2024-12";
      case YEAR -> "2030";
    };
  }

  /** Runs a domain check and names the form field it is about, whatever the domain called it. */
  private static <T> T at(String field, Supplier<T> check) {
    try {
      return check.get();
    } catch (InvalidFieldException e) {
      throw new InvalidFieldException(field, e.getMessage());
    }
  }

  /** Runs a domain check on a date span: its {@code start} becomes {@code appliesTo.start}. */
  private static <T> T within(String prefix, Supplier<T> check) {
    try {
      return check.get();
    } catch (InvalidFieldException e) {
      throw new InvalidFieldException(prefix + "." + e.field(), e.getMessage());
    }
  }
}
