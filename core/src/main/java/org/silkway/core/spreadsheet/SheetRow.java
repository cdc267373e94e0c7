package org.silkway.core.spreadsheet;

import java.util.Map;
import java.util.Set;

/**
 * A row of a sheet as read: its cells by column header, each stripped text ("" when empty), and
 * where it is, as the spreadsheet program numbers it (the header is row 1).
 *
 * @param refused the headers of cells the reader refused (a formula, a cell too long): they read as
 *     empty, and what depends on them is not checked again
 */
public record SheetRow(
    SheetLayout layout, int number, Map<String, String> cells, Set<String> refused) {

  public SheetRow {
    cells = Map.copyOf(cells);
    refused = Set.copyOf(refused);
  }

  public String sheet() {
    return layout.sheetName();
  }

  /** The cell under the header, or "" when the sheet has no such column or the cell is empty. */
  public String cell(String header) {
    return cells.getOrDefault(header, "");
  }

  boolean isEmpty() {
    return refused.isEmpty() && cells.values().stream().allMatch(String::isEmpty);
  }
}
