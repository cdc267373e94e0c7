package org.silkway.core.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.claim.PropertySchema;
import org.silkway.core.entry.EntryType;

/**
 * Every type's template, as XLSX and as CSV: its columns are the schema's, the import reads it back
 * with no row and no problem, and the XLSX offers the code lists as drop-downs and explains every
 * column.
 */
class SpreadsheetTemplateTest {

  private static byte[] template(EntryType type) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SpreadsheetWriter.xlsx(
        List.of(new SpreadsheetWriter.SheetData(SheetLayout.of(type), List.of())), out);
    return out.toByteArray();
  }

  @ParameterizedTest
  @EnumSource(EntryType.class)
  void the_template_has_a_column_per_property_and_reads_back_empty(EntryType type)
      throws IOException {
    byte[] xlsx = template(type);

    SpreadsheetReader.Read read = Workbooks.read(xlsx);
    assertTrue(read.problems().isEmpty(), () -> read.problems().first().toString());
    assertTrue(read.rows().isEmpty());

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet sheet = workbook.getSheet(type.slug());
      assertEquals(0, workbook.getSheetIndex(sheet), "the data sheet opens first");
      List<String> headers = new java.util.ArrayList<>();
      sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
      PropertySchema.forType(type)
          .forEach(p -> assertTrue(headers.contains(p.name()), p.name() + " in " + headers));
      assertEquals("key", headers.get(0));
      assertEquals(
          List.of("source", "excerpt"), headers.subList(headers.size() - 2, headers.size()));

      XSSFSheet columns = workbook.getSheet(SpreadsheetReader.COLUMNS_SHEET);
      assertEquals(headers.size(), columns.getLastRowNum(), "one line of help per column");
      columns.forEach(
          row -> assertTrue(row.getCell(2).getStringCellValue().length() > 5, "help for each"));
      assertTrue(workbook.isSheetHidden(workbook.getSheetIndex(SpreadsheetReader.LISTS_SHEET)));

      List<String> dropDowns =
          sheet.getDataValidations().stream()
              .map(DataValidation::getValidationConstraint)
              .map(c -> c.getFormula1())
              .toList();
      long listed =
          SheetLayout.of(type).columns().stream().filter(c -> !c.choices().isEmpty()).count();
      assertEquals(listed, dropDowns.size(), "a drop-down for every column with a list");
    }

    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    SpreadsheetWriter.csv(new SpreadsheetWriter.SheetData(SheetLayout.of(type), List.of()), csv);
    String header = csv.toString(StandardCharsets.UTF_8).strip();
    assertEquals(
        "\uFEFF" + String.join(",", headers(type)), header, "the CSV template is its header row");
    SpreadsheetReader.Read csvRead =
        SpreadsheetReader.csv(new ByteArrayInputStream(csv.toByteArray()), type);
    assertTrue(csvRead.problems().isEmpty() && csvRead.rows().isEmpty());
  }

  @ParameterizedTest
  @EnumSource(
      value = EntryType.class,
      names = {"PROJECT", "DOCUMENT"})
  void the_code_lists_are_the_schema_s(EntryType type) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template(type)))) {
      String column = type == EntryType.PROJECT ? "stage" : "status";
      List<String> codes = PropertySchema.definition(column).orElseThrow().codes();
      XSSFSheet lists = workbook.getSheet(SpreadsheetReader.LISTS_SHEET);
      boolean found = false;
      for (int c = 0; c < 40 && !found; c++) {
        List<String> values = new java.util.ArrayList<>();
        for (int r = 0; r <= lists.getLastRowNum(); r++) {
          var cell = lists.getRow(r) == null ? null : lists.getRow(r).getCell(c);
          if (cell != null) {
            values.add(cell.getStringCellValue());
          }
        }
        found = values.equals(codes);
      }
      assertTrue(found, "the lists sheet holds " + codes);
    }
  }

  private static List<String> headers(EntryType type) {
    return SheetLayout.of(type).columns().stream().map(SheetColumn::header).toList();
  }
}
