package org.silkway.core.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.silkway.core.entry.EntryType;
import org.silkway.core.persistence.ColumnLimits;
import org.silkway.core.text.Text;

/**
 * Reads the rows of a workbook (XLSX, with Apache POI) or of one sheet as CSV (with Commons CSV)
 * into {@link SheetRow}s, checking the shape only: sheets named after entry types, known headers,
 * no formula, no cell longer than any column holds, no more than {@link #MAX_ROWS} rows. What the
 * cells mean is checked by the import, which names the same sheet, row and column.
 *
 * <p>A formula is never evaluated: its cell is a problem that quotes it, so that what is imported
 * is what the editor sees typed, not what a spreadsheet program computed (or could be made to).
 */
public final class SpreadsheetReader {

  private static final Logger LOG = Logger.getLogger(SpreadsheetReader.class.getName());

  /** More than a desk's list ever is; the import holds them all in memory while it checks them. */
  public static final int MAX_ROWS = 50_000;

  /** The longest any column of the register holds: a longer cell is refused, not quoted. */
  static final int MAX_CELL = ColumnLimits.CLAIM_TEXT;

  /**
   * The most an XLSX part may inflate to. POI's own default is 4 GB; a 20 MB upload of a
   * well-compressed part must not be able to ask for that much memory.
   */
  private static final long MAX_PART_BYTES = 256L * 1024 * 1024;

  /** The template's sheets that explain the columns and hold the drop-down lists: not data. */
  static final String COLUMNS_SHEET = "columns";

  static final String LISTS_SHEET = "lists";

  /** A header as the sheet shows it, whatever the cell's type. */
  private static final DataFormatter HEADERS = new DataFormatter(java.util.Locale.ROOT);

  static {
    ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
  }

  private final List<SheetRow> rows = new ArrayList<>();
  private final RowProblems problems = new RowProblems();

  private SpreadsheetReader() {}

  /** What was read: the rows with any value, and the problems of shape. */
  public record Read(List<SheetRow> rows, RowProblems problems) {}

  /** Reads every sheet of an XLSX workbook that is named after an entry type. */
  public static Read xlsx(InputStream in) {
    SpreadsheetReader reader = new SpreadsheetReader();
    try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      for (Sheet sheet : workbook) {
        reader.readSheet(sheet);
      }
    } catch (IOException | RuntimeException e) {
      // POI answers a file that is not a workbook with one of many exceptions; the editor needs
      // to know only that it is not one, and the log keeps which.
      LOG.log(Level.INFO, "Not a readable XLSX workbook", e);
      reader.rows.clear();
      reader.problems.add(
          "workbook",
          0,
          null,
          "This is not an XLSX workbook Silkway can read: save it from the spreadsheet program as"
              + " an Excel workbook (.xlsx), or send CSV.");
    }
    return new Read(List.copyOf(reader.rows), reader.problems);
  }

  /** Reads a CSV file (UTF-8, a header row first) as the sheet of the entry type. */
  public static Read csv(InputStream in, EntryType type) {
    SpreadsheetReader reader = new SpreadsheetReader();
    SheetLayout layout = SheetLayout.of(type);
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
            .get();
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream withoutBom = BOMInputStream.builder().setInputStream(in).get();
        CSVParser parser = CSVParser.parse(new InputStreamReader(withoutBom, decoder), format)) {
      List<String> headers = parser.getHeaderNames();
      Map<Integer, SheetColumn> columns = reader.columnsOf(layout, headers);
      if (columns == null) {
        return new Read(List.of(), reader.problems);
      }
      for (CSVRecord record : parser) {
        int number = Math.toIntExact(record.getRecordNumber() + 1);
        if (!reader.roomFor(layout, number)) {
          break;
        }
        Map<String, String> cells = new HashMap<>();
        Set<String> refused = new HashSet<>();
        for (int i = 0; i < record.size(); i++) {
          String text = record.get(i).strip();
          reader.take(layout, number, columns.get(i), headerOf(headers, i), text, cells, refused);
        }
        reader.keep(new SheetRow(layout, number, cells, refused));
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      LOG.log(Level.INFO, "Not a readable CSV file", e);
      reader.rows.clear();
      reader.problems.add(
          layout.sheetName(),
          0,
          null,
          e.getCause() instanceof CharacterCodingException || e instanceof CharacterCodingException
              ? "This CSV file is not in UTF-8: save it as \"CSV UTF-8\" and send it again."
              : "This is not a CSV file Silkway can read: a header row, then one row per entry,"
                  + " values separated by commas, quoted with \" where they hold a comma.");
    }
    return new Read(List.copyOf(reader.rows), reader.problems);
  }

  private void readSheet(Sheet sheet) {
    String name = sheet.getSheetName();
    if (name.equalsIgnoreCase(COLUMNS_SHEET) || name.equalsIgnoreCase(LISTS_SHEET)) {
      return;
    }
    Optional<EntryType> type = EntryType.fromSlug(name.strip().toLowerCase(java.util.Locale.ROOT));
    if (type.isEmpty()) {
      problems.add(
          name,
          0,
          null,
          "Silkway imports sheets named after an entry type ("
              + String.join(", ", typeNames())
              + "), not "
              + Text.quote(name)
              + ": rename the sheet or move its rows to one of those.");
      return;
    }
    SheetLayout layout = SheetLayout.of(type.get());
    Row headerRow = sheet.getRow(sheet.getFirstRowNum());
    if (headerRow == null || sheet.getFirstRowNum() != 0) {
      if (sheet.getPhysicalNumberOfRows() > 0) {
        problems.add(name, 1, null, "Row 1 must hold the column headers, as in the template.");
      }
      return;
    }
    List<String> headers = new ArrayList<>();
    for (int i = 0; i < headerRow.getLastCellNum(); i++) {
      Cell cell = headerRow.getCell(i);
      headers.add(cell == null ? "" : HEADERS.formatCellValue(cell).strip());
    }
    Map<Integer, SheetColumn> columns = columnsOf(layout, headers);
    if (columns == null) {
      return;
    }
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      int number = r + 1;
      Map<String, String> cells = new HashMap<>();
      Set<String> refused = new HashSet<>();
      for (Cell cell : row) {
        int index = cell.getColumnIndex();
        String header = headerOf(headers, index);
        Optional<String> text = textOf(cell, layout, number, header);
        if (text.isPresent()) {
          take(layout, number, columns.get(index), header, text.get(), cells, refused);
        } else {
          refused.add(header);
        }
      }
      SheetRow read = new SheetRow(layout, number, cells, refused);
      if (!read.isEmpty() && !roomFor(layout, number)) {
        return;
      }
      keep(read);
    }
  }

  /**
   * The sheet's columns by position, or null (with the problem) when a header is not one of the
   * layout's or is given twice: a misspelt header would otherwise drop its column unseen.
   */
  private Map<Integer, SheetColumn> columnsOf(SheetLayout layout, List<String> headers) {
    Map<Integer, SheetColumn> columns = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean fine = true;
    for (int i = 0; i < headers.size(); i++) {
      String header = headers.get(i) == null ? "" : headers.get(i).strip();
      if (header.isEmpty()) {
        continue;
      }
      Optional<SheetColumn> column = layout.column(header);
      if (column.isEmpty()) {
        problems.add(
            layout.sheetName(),
            1,
            header,
            "A "
                + layout.type().slug()
                + " has no column "
                + Text.quote(header)
                + ": the template's columns are "
                + String.join(", ", layout.columns().stream().map(SheetColumn::header).toList())
                + ".");
        fine = false;
      } else if (seen.putIfAbsent(header, i) != null) {
        problems.add(layout.sheetName(), 1, header, "The column is given twice: keep one.");
        fine = false;
      } else {
        columns.put(i, column.get());
      }
    }
    return fine ? columns : null;
  }

  /** A cell's text as typed, or empty (with the problem) when it cannot be taken as it is. */
  private Optional<String> textOf(Cell cell, SheetLayout layout, int row, String header) {
    return switch (cell.getCellType()) {
      case STRING -> Optional.of(cell.getStringCellValue().strip());
      case NUMERIC -> Optional.of(numberOrDate(cell));
      case BOOLEAN -> Optional.of(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
      case BLANK, _NONE -> Optional.of("");
      case FORMULA -> {
        problems.add(
            layout.sheetName(),
            row,
            header,
            "The cell holds a formula ("
                + Text.quote("=" + cell.getCellFormula())
                + "): Silkway reads values, never formulas. Type the value itself.");
        yield Optional.empty();
      }
      case ERROR -> {
        problems.add(
            layout.sheetName(),
            row,
            header,
            "The cell holds the error "
                + FormulaError.forInt(cell.getErrorCellValue()).getString()
                + ": type the value itself.");
        yield Optional.empty();
      }
    };
  }

  /**
   * A number as written without a float's noise (94.8, not 94.80000000000001), or a cell formatted
   * as a date as the day it shows (2025-06-16).
   */
  private static String numberOrDate(Cell cell) {
    if (DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
  }

  private void take(
      SheetLayout layout,
      int row,
      SheetColumn column,
      String header,
      String text,
      Map<String, String> cells,
      Set<String> refused) {
    if (text.isEmpty()) {
      return;
    }
    if (column == null) {
      problems.add(
          layout.sheetName(),
          row,
          header,
          "A value in a column without a header: give the column a header from the template, or"
              + " clear it.");
    } else if (text.length() > MAX_CELL) {
      problems.add(
          layout.sheetName(),
          row,
          column.header(),
          "The cell is "
              + text.length()
              + " characters long; at most "
              + MAX_CELL
              + " fit in any column.");
      refused.add(column.header());
    } else {
      cells.put(column.header(), text);
    }
  }

  private boolean roomFor(SheetLayout layout, int row) {
    if (rows.size() < MAX_ROWS) {
      return true;
    }
    problems.add(
        layout.sheetName(),
        row,
        null,
        "A file takes at most " + MAX_ROWS + " rows: split it, and import the parts one by one.");
    return false;
  }

  private void keep(SheetRow row) {
    if (!row.isEmpty()) {
      rows.add(row);
    }
  }

  /** The header of a position, or its column letter when it has none ("column F"). */
  private static String headerOf(List<String> headers, int index) {
    String header = index < headers.size() ? headers.get(index) : null;
    return header == null || header.isBlank()
        ? CellReference.convertNumToColString(index)
        : header.strip();
  }

  private static List<String> typeNames() {
    return java.util.Arrays.stream(EntryType.values()).map(EntryType::slug).toList();
  }
}
