package org.silkway.core.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.silkway.core.entry.EntryType;

/** Workbooks for tests: rows written as the writer writes them, read as the reader reads them. */
final class Workbooks {

  private Workbooks() {}

  /** One sheet of rows in the template's layout, as XLSX bytes. */
  static byte[] of(EntryType type, List<Map<String, String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SpreadsheetWriter.xlsx(
        List.of(new SpreadsheetWriter.SheetData(SheetLayout.of(type), rows)), out);
    return out.toByteArray();
  }

  static SpreadsheetReader.Read read(byte[] xlsx) {
    return SpreadsheetReader.xlsx(new ByteArrayInputStream(xlsx));
  }

  /** Opens a workbook's bytes to change cells the writer never writes (a formula, say). */
  static byte[] edited(byte[] xlsx, java.util.function.Consumer<XSSFWorkbook> edit) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      edit.accept(workbook);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cell of a sheet's row under a header, created if absent. */
  static org.apache.poi.xssf.usermodel.XSSFCell cell(
      XSSFWorkbook workbook, String sheetName, int rowNumber, String header) {
    XSSFSheet sheet = workbook.getSheet(sheetName);
    XSSFRow headers = sheet.getRow(0);
    for (int c = 0; c < headers.getLastCellNum(); c++) {
      if (headers.getCell(c).getStringCellValue().equals(header)) {
        XSSFRow row = sheet.getRow(rowNumber - 1);
        if (row == null) {
          row = sheet.createRow(rowNumber - 1);
        }
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
      }
    }
    throw new IllegalArgumentException("No column " + header + " in " + sheetName);
  }
}
