package org.silkway.core.spreadsheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.silkway.core.claim.PropertyDefinition;
import org.silkway.core.claim.PropertySchema;
import org.silkway.core.claim.Unit;
import org.silkway.core.claim.ValueKind;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.Language;
import org.silkway.core.register.EntryFactory;
import org.silkway.core.spreadsheet.SheetColumn.Role;

/**
 * The columns of an entry type's sheet, made from the property schema and the type's attributes, so
 * that a property added to the schema is a column of the template, the import and the export at
 * once. A row is one entry: its key (blank for a new one), names, attributes, one column per
 * property (with a unit column beside an amount), the time the row's figures apply to, and the
 * source and excerpt every value in the row is cited to.
 */
public final class SheetLayout {

  /** Values of a many-valued entry column are written one per line, or separated by ';'. */
  static final String VALUE_SEPARATORS = "[;\\n]";

  private final EntryType type;
  private final Map<String, SheetColumn> columns;

  private SheetLayout(EntryType type, List<SheetColumn> columns) {
    this.type = type;
    Map<String, SheetColumn> byHeader = new LinkedHashMap<>();
    columns.forEach(c -> byHeader.put(c.header(), c));
    this.columns = Collections.unmodifiableMap(byHeader);
  }

  public static SheetLayout of(EntryType type) {
    List<SheetColumn> columns = new ArrayList<>();
    columns.add(
        SheetColumn.of(
            Role.KEY,
            "key",
            "Leave empty for a new entry. The key of an entry in the register (project/cku-railway)"
                + " proposes a change to it: only what it does not say yet is added, for review."));
    columns.add(name(Language.EN, "The name in English; required for a new entry."));
    columns.add(name(Language.RU, "The name in Russian, if known."));
    columns.add(name(Language.ZH, "The name in Chinese, if known."));
    for (String attribute : EntryFactory.attributesOf(type).stream().sorted().toList()) {
      columns.add(
          new SheetColumn(
              attribute,
              Role.ATTRIBUTE,
              null,
              attribute,
              null,
              "Required for a new " + type.slug() + ".",
              EntryFactory.choicesOf(type, attribute)));
    }
    for (PropertyDefinition property : PropertySchema.forType(type)) {
      columns.add(value(property));
      if (property.valueKinds().contains(ValueKind.AMOUNT)) {
        columns.add(
            new SheetColumn(
                property.name() + "_unit",
                Role.UNIT,
                null,
                null,
                property,
                "The unit of " + property.name() + ", such as " + exampleUnit(property) + ".",
                property.units().stream().map(Unit::name).toList()));
      }
    }
    columns.add(
        SheetColumn.of(
            Role.APPLIES_TO,
            "applies_to",
            "The date the row's figures, stages, codes and texts apply to (not the entries it"
                + " names, nor its dates): 2024, 2024-12, 2024-12-31, or a span 2024-01/2024-06."
                + " Leave empty when they apply to no particular time."));
    columns.add(
        SheetColumn.of(
            Role.SOURCE,
            "source",
            "The key of the source every value in the row comes from (the Sources list shows it)."
                + " Required when the row has any value."));
    columns.add(
        SheetColumn.of(
            Role.EXCERPT,
            "excerpt",
            "The source's own words the row's values rest on, copied. Required with a source."));
    return new SheetLayout(type, columns);
  }

  private static SheetColumn name(Language language, String help) {
    return new SheetColumn(
        "name_" + language.name().toLowerCase(java.util.Locale.ROOT),
        Role.NAME,
        language,
        null,
        null,
        help,
        List.of());
  }

  private static SheetColumn value(PropertyDefinition property) {
    String how =
        switch (kindOf(property)) {
          case TEXT ->
              property.valueKinds().contains(ValueKind.ENTRY)
                  ? "Text, or the key of an entry it is."
                  : "Text.";
          case ENTRY ->
              property.singleValued()
                  ? "The key of an entry."
                  : "Keys of entries, one per line or separated by ';'.";
          case AMOUNT ->
              "A number (94.8), after \"about\", \"more than\", \"at least\", \"nearly\" or"
                  + " \"up to\" where the source says so; its unit in the next column.";
          case TIME -> "A date: 2025, 2025-06 or 2025-06-16, or a span 2025-06-16/2025-06-18.";
          case CODE -> "One of the list.";
        };
    return new SheetColumn(
        property.name(),
        Role.VALUE,
        null,
        null,
        property,
        property.help() + " " + how,
        property.codes());
  }

  /**
   * How a column reads its cells. A property that takes an entry or text (an outcome: a document,
   * or a sentence) is a text column whose cell is read as an entry when it is an entry's key.
   */
  static ValueKind kindOf(PropertyDefinition property) {
    if (property.valueKinds().size() == 1) {
      return property.valueKinds().iterator().next();
    }
    return property.valueKinds().contains(ValueKind.TEXT)
        ? ValueKind.TEXT
        : property.valueKinds().iterator().next();
  }

  private static String exampleUnit(PropertyDefinition property) {
    return property.units().contains(Unit.USD_MILLION)
        ? "USD_MILLION"
        : property.units().iterator().next().name();
  }

  public EntryType type() {
    return type;
  }

  /** The sheet's name in a workbook: the type's slug ({@code project}). */
  public String sheetName() {
    return type.slug();
  }

  public List<SheetColumn> columns() {
    return List.copyOf(columns.values());
  }

  public Optional<SheetColumn> column(String header) {
    return Optional.ofNullable(columns.get(header));
  }

  /** The column of the property's values, or its unit's. */
  SheetColumn columnOf(PropertyDefinition property, Role role) {
    return columns.get(role == Role.UNIT ? property.name() + "_unit" : property.name());
  }
}
