package org.silkway.core.claim;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;
import org.silkway.core.entry.Entry;
import org.silkway.core.persistence.ColumnLimits;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.text.Text;
import org.silkway.core.time.TimeSpan;

/**
 * The value of a claim: exactly one of a text, a reference to another entry, an amount (with unit
 * and bound), a date or span, or a code (a project stage, a document status).
 */
@Embeddable
public class ClaimValue {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]*");

  @Enumerated(EnumType.STRING)
  @Column(name = "val_kind", nullable = false, length = 6)
  private ValueKind kind;

  @Column(name = "val_text", length = ColumnLimits.CLAIM_TEXT)
  private String text;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "val_entry_id")
  private Entry entry;

  @Column(
      name = "val_amount",
      precision = ColumnLimits.AMOUNT_DIGITS,
      scale = ColumnLimits.AMOUNT_DECIMALS)
  private BigDecimal amount;

  @Enumerated(EnumType.STRING)
  @Column(name = "val_unit", length = 20)
  private Unit unit;

  @Enumerated(EnumType.STRING)
  @Column(name = "val_bound", length = 10)
  private Bound bound;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "start", column = @Column(name = "val_time_start", length = 10)),
    @AttributeOverride(name = "end", column = @Column(name = "val_time_end", length = 10)),
    @AttributeOverride(
        name = "precision",
        column = @Column(name = "val_time_precision", length = 5))
  })
  private TimeSpan time;

  @Column(name = "val_code", length = ColumnLimits.CODE)
  private String code;

  protected ClaimValue() {}

  private ClaimValue(ValueKind kind) {
    this.kind = kind;
  }

  public static ClaimValue text(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidFieldException("text", "A text value cannot be empty");
    }
    ClaimValue v = new ClaimValue(ValueKind.TEXT);
    v.text = Text.prose(text.strip(), ColumnLimits.CLAIM_TEXT, "text");
    return v;
  }

  public static ClaimValue entry(Entry entry) {
    ClaimValue v = new ClaimValue(ValueKind.ENTRY);
    v.entry = Objects.requireNonNull(entry, "entry");
    return v;
  }

  public static ClaimValue amount(BigDecimal amount, Unit unit, Bound bound) {
    if (amount == null || unit == null || bound == null) {
      throw new IllegalArgumentException("An amount needs a number, a unit and a bound");
    }
    ClaimValue v = new ClaimValue(ValueKind.AMOUNT);
    v.amount = AmountRange.require(amount);
    v.unit = unit;
    v.bound = bound;
    return v;
  }

  public static ClaimValue time(TimeSpan time) {
    ClaimValue v = new ClaimValue(ValueKind.TIME);
    v.time = Objects.requireNonNull(time, "time");
    return v;
  }

  public static ClaimValue code(String code) {
    if (code == null || code.length() > ColumnLimits.CODE || !CODE.matcher(code).matches()) {
      throw new InvalidFieldException(
          "code",
          "A code is upper case letters and underscores, at most "
              + ColumnLimits.CODE
              + " of them, not "
              + Text.quote(code));
    }
    ClaimValue v = new ClaimValue(ValueKind.CODE);
    v.code = code;
    return v;
  }

  public ValueKind kind() {
    return kind;
  }

  public String text() {
    return text;
  }

  public Entry entry() {
    return entry;
  }

  public BigDecimal amount() {
    return amount;
  }

  public Unit unit() {
    return unit;
  }

  public Bound bound() {
    return bound;
  }

  public TimeSpan time() {
    return time;
  }

  public String code() {
    return code;
  }

  /** Whether two values say the same thing (an entry is compared by its key). */
  public boolean sameAs(ClaimValue other) {
    return kind == other.kind
        && Objects.equals(text, other.text)
        && (entry == null
            ? other.entry == null
            : other.entry != null && entry.key().equals(other.entry.key()))
        && (amount == null
            ? other.amount == null
            : other.amount != null && amount.compareTo(other.amount) == 0)
        && unit == other.unit
        && bound == other.bound
        && Objects.equals(time, other.time)
        && Objects.equals(code, other.code);
  }

  /**
   * For logs and messages: "MORE_THAN 94.8 USD_BILLION", "2024-12", "UNDER_CONSTRUCTION". Pages and
   * briefs word a value through {@link org.silkway.core.i18n.Formats#value}.
   */
  @Override
  public String toString() {
    return switch (kind) {
      case TEXT -> text;
      case ENTRY -> entry.key();
      case AMOUNT -> bound + " " + amount.toPlainString() + " " + unit;
      case TIME -> time.toString();
      case CODE -> code;
    };
  }
}
