package org.silkway.core.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes sheets in the layout the import reads: an XLSX workbook with one sheet per entry type
 * (headers in row 1, drop-downs where a column takes a fixed list), a sheet that explains every
 * column, and a hidden sheet that holds the lists; or one type's sheet as CSV. With no rows it is
 * the template; with rows, an export.
 */
public final class SpreadsheetWriter {

  /** Rows the XLSX writer keeps in memory while it streams the rest to disk. */
  private static final int ROWS_IN_MEMORY = 200;

  private SpreadsheetWriter() {}

  /** One sheet's rows: each a map from header to cell text. */
  public record SheetData(SheetLayout layout, List<Map<String, String>> rows) {}

  public static void xlsx(List<SheetData> sheets, OutputStream out) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    try {
      CellStyle bold = headerStyle(workbook);
      Sheet lists = workbook.createSheet(SpreadsheetReader.LISTS_SHEET);
      Sheet columns = workbook.createSheet(SpreadsheetReader.COLUMNS_SHEET);
      int listColumn = 0;
      int explained = header(columns, bold, List.of("sheet", "column", "what it holds", "values"));
      for (SheetData data : sheets) {
        Sheet sheet = workbook.createSheet(data.layout().sheetName());
        List<SheetColumn> layout = data.layout().columns();
        header(sheet, bold, layout.stream().map(SheetColumn::header).toList());
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < layout.size(); c++) {
          SheetColumn column = layout.get(c);
          sheet.setColumnWidth(c, 256 * Math.max(14, Math.min(40, column.header().length() + 4)));
          if (!column.choices().isEmpty()) {
            String range = list(lists, listColumn++, column.choices());
            dropDown(sheet, c, range);
          }
          Row help = columns.createRow(explained++);
          help.createCell(0).setCellValue(data.layout().sheetName());
          help.createCell(1).setCellValue(column.header());
          help.createCell(2).setCellValue(column.help());
          help.createCell(3).setCellValue(String.join(", ", column.choices()));
        }
        int r = 1;
        for (Map<String, String> values : data.rows()) {
          Row row = sheet.createRow(r++);
          for (int c = 0; c < layout.size(); c++) {
            String value = values.get(layout.get(c).header());
            if (value != null && !value.isEmpty()) {
              row.createCell(c).setCellValue(value);
            }
          }
        }
      }
      columns.setColumnWidth(0, 256 * 14);
      columns.setColumnWidth(1, 256 * 22);
      columns.setColumnWidth(2, 256 * 90);
      columns.setColumnWidth(3, 256 * 60);
      // The data first, as a person opening the file expects; the lists stay out of the way.
      workbook.setSheetOrder(SpreadsheetReader.COLUMNS_SHEET, workbook.getNumberOfSheets() - 1);
      workbook.setSheetOrder(SpreadsheetReader.LISTS_SHEET, workbook.getNumberOfSheets() - 1);
      workbook.setSheetHidden(workbook.getSheetIndex(SpreadsheetReader.LISTS_SHEET), true);
      workbook.setActiveSheet(0);
      workbook.setSelectedTab(0);
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
    }
  }

  /**
   * One type's sheet as CSV in UTF-8, with the byte-order mark that makes Excel read it as UTF-8
   * (the reader skips it).
   */
  public static void csv(SheetData data, OutputStream out) {
    List<String> headers = data.layout().columns().stream().map(SheetColumn::header).toList();
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write('\uFEFF');
      CSVPrinter printer =
          new CSVPrinter(
              writer, CSVFormat.DEFAULT.builder().setHeader(headers.toArray(String[]::new)).get());
      for (Map<String, String> row : data.rows()) {
        printer.printRecord(headers.stream().map(h -> row.getOrDefault(h, "")));
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int header(Sheet sheet, CellStyle bold, List<String> headers) {
    Row row = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      var cell = row.createCell(c);
      cell.setCellValue(headers.get(c));
      cell.setCellStyle(bold);
    }
    return 1;
  }

  /** Writes the values down a column of the lists sheet; returns the range that holds them. */
  private static String list(Sheet lists, int column, List<String> values) {
    for (int r = 0; r < values.size(); r++) {
      Row row = lists.getRow(r) == null ? lists.createRow(r) : lists.getRow(r);
      row.createCell(column).setCellValue(values.get(r));
    }
    String letter = CellReference.convertNumToColString(column);
    return SpreadsheetReader.LISTS_SHEET + "!$" + letter + "$1:$" + letter + "$" + values.size();
  }

  /** A drop-down on every data row of the column, refusing what is not in the list. */
  private static void dropDown(Sheet sheet, int column, String range) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation validation =
        helper.createValidation(
            helper.createFormulaListConstraint(range),
            new CellRangeAddressList(
                1, SpreadsheetVersion.EXCEL2007.getLastRowIndex(), column, column));
    validation.setShowErrorBox(true);
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.createErrorBox("Not in the list", "Choose a value from the list.");
    sheet.addValidationData(validation);
  }

  private static CellStyle headerStyle(Workbook workbook) {
    Font font = workbook.createFont();
    font.setBold(true);
    CellStyle style = workbook.createCellStyle();
    style.setFont(font);
    return style;
  }
}
