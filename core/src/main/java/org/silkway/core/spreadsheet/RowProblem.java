package org.silkway.core.spreadsheet;

/**
 * What is wrong in a spreadsheet, and where: {@code sheet 'project', row 7, column 'cost': '8 bn'
 * is not a number}.
 *
 * @param row as the spreadsheet program numbers it (the header is row 1); 0 for the whole sheet
 * @param column the column's header, or null for the whole row or sheet
 */
public record RowProblem(String sheet, int row, String column, String message) {

  @Override
  public String toString() {
    return "sheet '"
        + sheet
        + "'"
        + (row > 0 ? ", row " + row : "")
        + (column == null ? "" : ", column '" + column + "'")
        + ": "
        + message;
  }
}
