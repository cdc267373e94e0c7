package org.silkway.core.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.silkway.core.entry.EntryType;

/** Workbooks for tests: rows written as the writer writes them, read as the reader reads them. */
final class Workbooks {

  private static final String[] COUNTRIES = {"KZ", "KG", "TJ", "TM", "UZ"};
  private static final String[] SECTORS = {"transport", "energy", "trade", "agriculture"};

  private Workbooks() {}

  /**
   * {@code count} new projects as a desk's list gives them: three names, a country, a sector, a
   * cost with its unit and date, a stage and a description (five claims), cited to a seed source
   * with an excerpt.
   */
  static List<Map<String, String>> projects(int count) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("name_en", "Logistics centre " + i);
      row.put("name_ru", "Логистический центр " + i);
      row.put("name_zh", "物流中心" + i);
      row.put("country", "country/" + COUNTRIES[i % COUNTRIES.length]);
      row.put("sector", "sector/" + SECTORS[i % SECTORS.length]);
      row.put("cost", String.valueOf(10 + i % 900));
      row.put("cost_unit", "USD_MILLION");
      row.put("stage", i % 3 == 0 ? "OPERATING" : "UNDER_CONSTRUCTION");
      row.put("applies_to", "2025-06");
      row.put("description", "A logistics centre on the corridor, number " + i);
      row.put("source", "seed-00" + i % 5);
      row.put(
          "excerpt", "logistics centre number " + i + " will cost " + (10 + i % 900) + " million");
      rows.add(row);
    }
    return rows;
  }

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
