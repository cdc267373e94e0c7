package org.silkway.core.support;

import java.util.List;
import org.silkway.core.claim.Bound;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.claim.Unit;
import org.silkway.core.claim.ValueKind;
import org.silkway.core.curation.CitationInput;
import org.silkway.core.curation.ClaimInput;

/** Claims as an editor fills in the claim form, for tests of what the desk does with them. */
public final class ClaimForms {

  private ClaimForms() {}

  /** An exact, actual cost in the unit, with these citations (none when null). */
  public static ClaimInput cost(String amount, Unit unit, List<CitationInput> citations) {
    return new ClaimInput(
        "cost",
        ValueKind.AMOUNT,
        null,
        null,
        amount,
        unit,
        Bound.EXACT,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        ClaimKind.ACTUAL,
        null,
        citations);
  }

  /** An actual text claim ("description", "outcome"...) with these citations. */
  public static ClaimInput text(String property, String text, List<CitationInput> citations) {
    return new ClaimInput(
        property,
        ValueKind.TEXT,
        text,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        ClaimKind.ACTUAL,
        null,
        citations);
  }

  /** The same claim with another amount and unit: what an editor types over a correction. */
  public static ClaimInput withAmount(ClaimInput c, String amount, Unit unit) {
    return new ClaimInput(
        c.property(),
        c.valueKind(),
        c.text(),
        c.entryKey(),
        amount,
        unit,
        c.bound(),
        c.timePrecision(),
        c.timeStart(),
        c.timeEnd(),
        c.code(),
        c.appliesPrecision(),
        c.appliesStart(),
        c.appliesEnd(),
        c.asStated(),
        c.kind(),
        c.note(),
        c.citations());
  }

  /** The same claim with other citations. */
  public static ClaimInput withCitations(ClaimInput c, List<CitationInput> citations) {
    return new ClaimInput(
        c.property(),
        c.valueKind(),
        c.text(),
        c.entryKey(),
        c.amount(),
        c.unit(),
        c.bound(),
        c.timePrecision(),
        c.timeStart(),
        c.timeEnd(),
        c.code(),
        c.appliesPrecision(),
        c.appliesStart(),
        c.appliesEnd(),
        c.asStated(),
        c.kind(),
        c.note(),
        citations);
  }

  /** The same claim in other words, with a note: what an editor types over a text's correction. */
  public static ClaimInput withText(ClaimInput c, String text, String note) {
    return new ClaimInput(
        c.property(),
        c.valueKind(),
        text,
        c.entryKey(),
        c.amount(),
        c.unit(),
        c.bound(),
        c.timePrecision(),
        c.timeStart(),
        c.timeEnd(),
        c.code(),
        c.appliesPrecision(),
        c.appliesStart(),
        c.appliesEnd(),
        c.asStated(),
        c.kind(),
        note,
        c.citations());
  }
}
