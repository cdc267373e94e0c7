package org.silkway.core.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.claim.PropertyDefinition;
import org.silkway.core.claim.Unit;
import org.silkway.core.claim.ValueKind;
import org.silkway.core.curation.CitationInput;
import org.silkway.core.curation.ClaimInput;
import org.silkway.core.i18n.Language;
import org.silkway.core.spreadsheet.SheetColumn.Role;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.text.Text;
import org.silkway.core.time.Precision;

/**
 * What a row asks for, read from its cells: the entry (its key, or none for a new one), its names
 * and attributes as given, and one claim input per value, each cited to the row's source and
 * excerpt, with the column it came from. Problems of a cell's form (a unit missing, a date
 * mistyped) are found here; what the register makes of the values, when they are applied.
 */
record RowPlan(
    SheetRow row,
    String key,
    Map<Language, String> names,
    Map<String, String> attributes,
    List<PlannedClaim> claims) {

  /** A claim to add, and the column whose cell gave it. */
  record PlannedClaim(SheetColumn column, ClaimInput input) {}

  boolean isNew() {
    return key.isEmpty();
  }

  /**
   * Reads the row.
   *
   * @param isEntryKey whether a text is the key of an entry, for columns that take an entry or text
   * @param problems where a cell's problem goes; the row is planned without that cell
   */
  static RowPlan of(SheetRow row, Predicate<String> isEntryKey, RowProblems problems) {
    SheetLayout layout = row.layout();
    Map<Language, String> names = new LinkedHashMap<>();
    Map<String, String> attributes = new LinkedHashMap<>();
    String appliesTo = row.cell("applies_to");
    TimeCell when = null;
    if (!appliesTo.isEmpty()) {
      try {
        when = TimeCell.parse(appliesTo);
      } catch (InvalidFieldException e) {
        problems.add(row.sheet(), row.number(), "applies_to", e.getMessage());
      }
    }
    List<CitationInput> citations = citations(row);
    List<PlannedClaim> claims = new ArrayList<>();
    for (SheetColumn column : layout.columns()) {
      String cell = row.cell(column.header());
      if (cell.isEmpty()) {
        continue;
      }
      switch (column.role()) {
        case NAME -> names.put(column.language(), cell);
        case ATTRIBUTE -> attributes.put(column.attribute(), cell);
        case VALUE -> {
          try {
            for (ClaimInput input :
                inputs(row, column.property(), cell, when, citations, isEntryKey)) {
              claims.add(new PlannedClaim(column, input));
            }
          } catch (InvalidFieldException e) {
            String at =
                e.field().equals("unit")
                    ? layout.columnOf(column.property(), Role.UNIT).header()
                    : column.header();
            problems.add(row.sheet(), row.number(), at, e.getMessage());
          }
        }
        case UNIT -> {
          String amount = column.property().name();
          if (row.cell(amount).isEmpty() && !row.refused().contains(amount)) {
            problems.add(
                row.sheet(),
                row.number(),
                column.header(),
                "A unit without an amount: give "
                    + column.property().name()
                    + " too, or clear it.");
          }
        }
        case KEY, APPLIES_TO, SOURCE, EXCERPT -> {}
      }
    }
    if (!claims.isEmpty() && row.cell("source").isEmpty()) {
      problems.add(
          row.sheet(),
          row.number(),
          "source",
          "Every value needs a source: give the key of the source the row comes from (the"
              + " Sources list shows it).");
    } else if (!claims.isEmpty() && row.cell("excerpt").isEmpty()) {
      problems.add(
          row.sheet(),
          row.number(),
          "excerpt",
          "Copy the source's words the row's values rest on: a claim without them cannot go to"
              + " review.");
    }
    return new RowPlan(row, row.cell("key"), names, attributes, claims);
  }

  private static List<CitationInput> citations(SheetRow row) {
    String source = row.cell("source");
    return source.isEmpty() ? List.of() : List.of(CitationInput.of(source, row.cell("excerpt")));
  }

  /** The cell's values as claim inputs: one, or one per key of a many-valued entry column. */
  private static List<ClaimInput> inputs(
      SheetRow row,
      PropertyDefinition property,
      String cell,
      TimeCell when,
      List<CitationInput> citations,
      Predicate<String> isEntryKey) {
    ClaimParts parts = new ClaimParts(property.name(), when, citations);
    return switch (SheetLayout.kindOf(property)) {
      case ENTRY ->
          java.util.Arrays.stream(cell.split(SheetLayout.VALUE_SEPARATORS))
              .map(String::strip)
              .filter(k -> !k.isEmpty())
              .map(parts::entry)
              .toList();
      case TEXT ->
          List.of(
              property.valueKinds().contains(ValueKind.ENTRY) && isEntryKey.test(cell)
                  ? parts.entry(cell)
                  : parts.text(cell));
      case AMOUNT -> List.of(parts.amount(AmountCell.parse(cell), unit(row, property)));
      case TIME -> List.of(parts.time(TimeCell.parse(cell)));
      case CODE -> List.of(parts.code(cell));
    };
  }

  private static Unit unit(SheetRow row, PropertyDefinition property) {
    String header = property.name() + "_unit";
    String unit = row.cell(header);
    if (unit.isEmpty()) {
      throw new InvalidFieldException(
          "unit", "Give the unit of " + property.name() + " in " + header + ".");
    }
    try {
      return Unit.valueOf(unit);
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException(
          "unit",
          Text.quote(unit)
              + " is not a unit of "
              + property.name()
              + ": choose one from the list ("
              + property.units().stream().map(Unit::name).limit(6).toList()
              + "...).");
    }
  }

  /** What every claim of a row shares: its property, the time it applies to, its citation. */
  private record ClaimParts(String property, TimeCell when, List<CitationInput> citations) {

    ClaimInput text(String text) {
      return input(ValueKind.TEXT, text, null, null, null, null, null);
    }

    // The row's date applies to figures, stages and texts, which hold at a time; an entry it
    // names (a country involved) or a date it gives is simply so.
    ClaimInput entry(String key) {
      return undated().input(ValueKind.ENTRY, null, key, null, null, null, null);
    }

    ClaimInput amount(AmountCell amount, Unit unit) {
      return input(ValueKind.AMOUNT, null, null, amount, unit, null, null);
    }

    ClaimInput time(TimeCell time) {
      return undated().input(ValueKind.TIME, null, null, null, null, time, null);
    }

    private ClaimParts undated() {
      return new ClaimParts(property, null, citations);
    }

    ClaimInput code(String code) {
      return input(ValueKind.CODE, null, null, null, null, null, code);
    }

    private ClaimInput input(
        ValueKind kind,
        String text,
        String entryKey,
        AmountCell amount,
        Unit unit,
        TimeCell time,
        String code) {
      Precision appliesPrecision = when == null ? null : when.precision();
      return new ClaimInput(
          property,
          kind,
          text,
          entryKey,
          amount == null ? null : amount.number(),
          unit,
          amount == null ? null : amount.bound(),
          time == null ? null : time.precision(),
          time == null ? null : time.start(),
          time == null ? null : time.end(),
          code,
          appliesPrecision,
          when == null ? null : when.start(),
          when == null ? null : when.end(),
          null,
          ClaimKind.ACTUAL,
          null,
          citations);
    }
  }
}
