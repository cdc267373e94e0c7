package org.silkway.core.spreadsheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimValue;
import org.silkway.core.claim.PropertyDefinition;
import org.silkway.core.claim.PropertySchema;
import org.silkway.core.claim.ValueKind;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.Language;
import org.silkway.core.spreadsheet.SheetColumn.Role;
import org.silkway.core.spreadsheet.SpreadsheetWriter.SheetData;
import org.silkway.core.time.TimeSpan;

/**
 * Entries as the rows the import reads: one sheet per entry type, and for each entry a row per
 * source, excerpt and date its claims rest on (a row's values are cited to one source and excerpt,
 * and dated by one {@code applies_to}). Imported back, every row says what its entry says already,
 * and nothing changes. A claim resting on no citation (a figure derived from others) has no row to
 * go in and is left out.
 */
public final class SpreadsheetExport {

  private SpreadsheetExport() {}

  /**
   * The sheets of these entries, with the claims {@code claimsOf} gives of each (the published ones
   * for readers, the working ones for editors), in the order of the entry types.
   */
  public static List<SheetData> sheets(List<Entry> entries, Function<Entry, List<Claim>> claimsOf) {
    Map<EntryType, List<Map<String, String>>> rows = new EnumMap<>(EntryType.class);
    for (Entry entry : entries) {
      rows.computeIfAbsent(entry.type(), t -> new ArrayList<>())
          .addAll(rowsOf(entry, claimsOf.apply(entry)));
    }
    return rows.entrySet().stream()
        .map(e -> new SheetData(SheetLayout.of(e.getKey()), e.getValue()))
        .toList();
  }

  /** An entry's rows: the first with its names and attributes, and one more per group of claims. */
  static List<Map<String, String>> rowsOf(Entry entry, List<Claim> claims) {
    SheetLayout layout = SheetLayout.of(entry.type());
    Map<Group, List<Map<String, String>>> groups = new LinkedHashMap<>();
    for (Claim claim : claims) {
      if (claim.citations().isEmpty() || layout.column(claim.property()).isEmpty()) {
        continue;
      }
      Group group = Group.of(claim);
      List<Map<String, String>> rows = groups.computeIfAbsent(group, g -> new ArrayList<>());
      place(layout, claim, group, rows);
    }
    List<Map<String, String>> all = new ArrayList<>();
    groups.values().forEach(all::addAll);
    if (all.isEmpty()) {
      all.add(new LinkedHashMap<>());
    }
    for (Map<String, String> row : all) {
      row.put("key", entry.key());
    }
    Map<String, String> first = all.get(0);
    for (Language language : Language.values()) {
      if (entry.name().has(language)) {
        first.put(
            "name_" + language.name().toLowerCase(java.util.Locale.ROOT),
            entry.name().in(language));
      }
    }
    first.putAll(entry.attributes());
    return all;
  }

  /** Puts the claim into the first of its group's rows with room for it, or a new one. */
  private static void place(
      SheetLayout layout, Claim claim, Group group, List<Map<String, String>> rows) {
    PropertyDefinition property = PropertySchema.definition(claim.property()).orElseThrow();
    String header = claim.property();
    String cell = cellOf(claim.value());
    boolean joins =
        claim.value().kind() == ValueKind.ENTRY && SheetLayout.kindOf(property) == ValueKind.ENTRY;
    for (Map<String, String> row : rows) {
      String there = row.get(header);
      if (there == null) {
        fill(layout, row, claim, property, cell, group);
        return;
      }
      if (joins) {
        row.put(header, there + "\n" + cell);
        return;
      }
    }
    Map<String, String> row = new LinkedHashMap<>();
    fill(layout, row, claim, property, cell, group);
    rows.add(row);
  }

  private static void fill(
      SheetLayout layout,
      Map<String, String> row,
      Claim claim,
      PropertyDefinition property,
      String cell,
      Group group) {
    row.put(claim.property(), cell);
    if (claim.value().kind() == ValueKind.AMOUNT) {
      row.put(layout.columnOf(property, Role.UNIT).header(), claim.value().unit().name());
    }
    row.put("source", group.source());
    row.put("excerpt", group.excerpt());
    if (group.appliesTo() != null) {
      row.put("applies_to", TimeCell.format(group.appliesTo()));
    }
  }

  private static String cellOf(ClaimValue value) {
    return switch (value.kind()) {
      case TEXT -> value.text();
      case ENTRY -> value.entry().key();
      case AMOUNT -> AmountCell.format(value.bound(), value.amount().stripTrailingZeros());
      case TIME -> TimeCell.format(value.time());
      case CODE -> value.code();
    };
  }

  /**
   * What a row's values share: the source and excerpt of their first citation, and the time they
   * apply to (which the import gives to figures, codes and texts, not to entries or dates).
   */
  private record Group(String source, String excerpt, TimeSpan appliesTo) {

    static Group of(Claim claim) {
      var citation = claim.citations().get(0);
      ValueKind kind = claim.value().kind();
      TimeSpan when = kind == ValueKind.ENTRY || kind == ValueKind.TIME ? null : claim.appliesTo();
      return new Group(
          citation.source().key(), Objects.requireNonNullElse(citation.excerpt(), ""), when);
    }
  }
}
