package org.silkway.core.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.access.Callers;
import org.silkway.core.access.NotAllowedException;
import org.silkway.core.access.TestCallers;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimStatus;
import org.silkway.core.curation.EntryEditing;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.entry.EntryType;
import org.silkway.core.support.DatabaseRows;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;

/**
 * Spreadsheets into the seeded register on both databases: rows become drafts and proposed changes
 * that readers see only once reviewed; a row that says nothing new changes nothing; a dry run names
 * every problem by sheet, row and column and stores nothing, and so does an import with one bad
 * row.
 */
class SpreadsheetImportTest {

  private static final Callers AIGUL = TestCallers.editor("aigul");
  private static final Callers BAKYT = TestCallers.reviewer("bakyt");
  private static final String RAILWAY = "project/cku-railway";
  private static final String EXCERPT = "a dry port at Ymyrtau, to cost 350 million yuan";

  private Persistence db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private void seed(TestDatabase database) {
    db = Persistence.on(database);
    SeededRegister.importInto(db);
  }

  private static Map<String, String> row(String... headersAndCells) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < headersAndCells.length; i += 2) {
      row.put(headersAndCells[i], headersAndCells[i + 1]);
    }
    return row;
  }

  private static Map<String, String> newDryPort() {
    return row(
        "name_en", "Ymyrtau dry port",
        "name_ru", "Сухой порт Ымыртау",
        "country", "country/KZ",
        "sector", "sector/transport",
        "cost", "350",
        "cost_unit", "CNY_MILLION",
        "stage", "UNDER_CONSTRUCTION",
        "applies_to", "2025-06",
        "source", "seed-002",
        "excerpt", EXCERPT);
  }

  private ImportOutcome importAs(Callers editor, byte[] xlsx, boolean dryRun) {
    return db.inTransaction(
        em ->
            new SpreadsheetImport(em, editor, true)
                .importRows(Workbooks.read(xlsx), dryRun, done -> {}));
  }

  private ImportOutcome refused(byte[] xlsx, boolean dryRun) {
    return assertThrows(NothingStoredException.class, () -> importAs(AIGUL, xlsx, dryRun))
        .outcome();
  }

  private <T> T read(Function<EntryRepository, T> reading) {
    return db.inTransaction(em -> reading.apply(new EntryRepository(em)));
  }

  private long entryCount() {
    return read(EntryRepository::count);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void rows_become_drafts_and_proposed_changes_that_readers_see_only_after_review(
      TestDatabase database) {
    seed(database);
    byte[] xlsx =
        Workbooks.of(
            EntryType.PROJECT,
            List.of(
                newDryPort(),
                row(
                    "key", RAILWAY,
                    "cost", "about 9",
                    "cost_unit", "USD_BILLION",
                    "source", "seed-003",
                    "excerpt", "some $9 billion"),
                row(
                    "key", RAILWAY,
                    "cost", "8",
                    "cost_unit", "USD_BILLION",
                    "source", "seed-002",
                    "excerpt", "8 billion")));

    ImportOutcome outcome = importAs(AIGUL, xlsx, false);

    assertTrue(outcome.isValid(), () -> outcome.problems().first().toString());
    assertEquals(3, outcome.rows());
    assertEquals(1, outcome.created());
    assertEquals(1, outcome.changed(), "the railway gets one new cost");
    assertEquals(1, outcome.unchanged(), "the railway's cost of 8 billion is in the seed already");
    assertEquals(5, outcome.claims(), "country, sector, cost and stage of the port, the new cost");
    String port = outcome.keys().get(0);
    assertEquals("project/ymyrtau-dry-port", port);

    read(
        entries -> {
          Entry draft = entries.byKey(port).orElseThrow();
          assertEquals(EntryStatus.DRAFT, draft.status());
          assertEquals("Сухой порт Ымыртау", draft.name().in(org.silkway.core.i18n.Language.RU));
          assertFalse(entries.publishedKeys().contains(port), "a draft is not published");
          Claim cost =
              draft.workingClaims().stream()
                  .filter(c -> c.property().equals("cost"))
                  .findFirst()
                  .orElseThrow();
          assertEquals("2025-06", cost.appliesTo().start(), "the row's date applies to its cost");
          assertEquals(EXCERPT, cost.citations().get(0).excerpt());
          Entry railway = entries.byKey(RAILWAY).orElseThrow();
          assertTrue(
              railway.claims().stream().noneMatch(c -> costOf(c).equals("9")),
              "readers do not see the proposed cost");
          assertTrue(
              railway.workingClaims().stream()
                  .anyMatch(c -> costOf(c).equals("9") && c.status() == ClaimStatus.DRAFT),
              "editors see it as a draft");
          return null;
        });

    review(port);
    read(
        entries -> {
          assertTrue(entries.publishedKeys().contains(port), "published once reviewed");
          assertTrue(
              entries.byKey(port).orElseThrow().claims().stream()
                  .anyMatch(c -> costOf(c).equals("350")));
          return null;
        });
  }

  private static String costOf(Claim claim) {
    return claim.property().equals("cost")
        ? claim.value().amount().stripTrailingZeros().toPlainString()
        : "";
  }

  private void review(String key) {
    long version = read(entries -> entries.byKey(key).orElseThrow().version());
    db.inTransaction(
        "aigul",
        em -> {
          new EntryEditing(em, AIGUL, true).submit(key, version);
          return null;
        });
    long submitted = read(entries -> entries.byKey(key).orElseThrow().version());
    db.inTransaction(
        "bakyt",
        em -> {
          new EntryEditing(em, BAKYT, true).approve(key, submitted);
          return null;
        });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_file_of_ten_thousand_rows_goes_in_whole_as_drafts(TestDatabase database) {
    seed(database);
    long before = entryCount();
    int published = read(entries -> entries.published().size());
    List<Map<String, String>> rows = Workbooks.projects(10_000);
    // Two claims a row keep the suite short; the benchmark (docs/bench-import.sh) times all five.
    rows.forEach(
        row ->
            row.keySet()
                .retainAll(
                    List.of("name_en", "name_zh", "country", "sector", "source", "excerpt")));

    ImportOutcome outcome = importAs(AIGUL, Workbooks.of(EntryType.PROJECT, rows), false);

    assertTrue(outcome.isValid(), () -> outcome.problems().first().toString());
    assertEquals(10_000, outcome.created());
    assertEquals(20_000, outcome.claims());
    assertEquals(before + 10_000, entryCount());
    if (database == TestDatabase.POSTGRESQL) {
      assertEquals(
          before + 10_000,
          DatabaseRows.plannerEstimate(db.dataSource(), "entry"),
          "the planner was not told of the new rows");
    }
    int publishedAfter = read(entries -> entries.published().size());
    assertEquals(published, publishedAfter, "all of them drafts");
    assertEquals(
        EntryStatus.DRAFT,
        read(entries -> entries.byKey("project/logistics-centre-10000").orElseThrow().status()));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_dry_run_names_every_problem_by_sheet_row_and_column_and_stores_nothing(
      TestDatabase database) {
    seed(database);
    Map<String, String> wrongCode = newDryPort();
    wrongCode.put("name_en", "Port one");
    wrongCode.put("stage", "BUILDING");
    Map<String, String> unknownCountry = newDryPort();
    unknownCountry.put("name_en", "Port two");
    unknownCountry.put("country", "country/XX");
    Map<String, String> badAmount = newDryPort();
    badAmount.put("name_en", "Port three");
    badAmount.put("cost", "8 bn");
    Map<String, String> noSource = newDryPort();
    noSource.put("name_en", "Port four");
    noSource.remove("source");
    Map<String, String> duplicate = newDryPort();
    duplicate.put("name_en", "China–Kyrgyzstan–Uzbekistan railway");
    Map<String, String> formula = newDryPort();
    formula.put("name_en", "Port six");
    Map<String, String> huge = newDryPort();
    huge.put("name_en", "Port seven");
    Map<String, String> fine = newDryPort();
    byte[] xlsx =
        Workbooks.edited(
            Workbooks.of(
                EntryType.PROJECT,
                List.of(
                    wrongCode,
                    unknownCountry,
                    badAmount,
                    noSource,
                    duplicate,
                    formula,
                    huge,
                    fine)),
            workbook -> {
              Workbooks.cell(workbook, "project", 7, "cost").setCellFormula("350*1");
              Workbooks.cell(workbook, "project", 8, "description")
                  .setCellValue("x".repeat(32_767)); // the most a cell of XLSX holds
              workbook.createSheet("projects").createRow(0).createCell(0).setCellValue("key");
            });
    long before = entryCount();

    ImportOutcome outcome = refused(xlsx, true);

    List<String> where =
        outcome.problems().first().stream()
            .map(p -> p.sheet() + ":" + p.row() + ":" + p.column())
            .toList();
    assertEquals(
        List.of(
            "project:2:stage",
            "project:3:country",
            "project:4:cost",
            "project:5:source",
            "project:6:key",
            "project:7:cost",
            "project:8:description",
            "projects:0:null"),
        where.stream().sorted().toList(),
        () -> outcome.problems().first().toString());
    String words = outcome.problems().first().toString();
    assertTrue(words.contains("formula"), words);
    assertTrue(words.contains("'8 bn' is not a number"), words);
    assertTrue(words.contains("country/XX"), words);
    assertEquals(before, entryCount(), "nothing stored");

    ImportOutcome same = refused(xlsx, false);
    assertEquals(outcome.problems().total(), same.problems().total(), "an import says the same");
    assertEquals(before, entryCount(), "nothing stored: the good row neither");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_clean_dry_run_says_what_the_import_would_do_and_stores_nothing(TestDatabase database) {
    seed(database);
    long before = entryCount();

    ImportOutcome outcome = refused(Workbooks.of(EntryType.PROJECT, List.of(newDryPort())), true);

    assertTrue(outcome.isValid());
    assertEquals(1, outcome.created());
    assertEquals(before, entryCount());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void the_published_register_exported_reads_back_unchanged(TestDatabase database) {
    seed(database);
    SpreadsheetExports.PublishedSheets published =
        db.inTransaction(em -> new SpreadsheetExports(em).publishedRegister());
    int publishedEntries = read(entries -> entries.published().size());
    long keys =
        published.sheets().stream()
            .flatMap(sheet -> sheet.rows().stream())
            .map(row -> row.get("key"))
            .distinct()
            .count();
    assertEquals(publishedEntries, keys, "every published entry");
    List<SpreadsheetWriter.SheetData> sheets = published.sheets();
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    SpreadsheetWriter.xlsx(sheets, xlsx);

    SpreadsheetReader.Read read = Workbooks.read(xlsx.toByteArray());
    assertTrue(read.problems().isEmpty(), () -> read.problems().first().toString());
    List<Map<String, String>> written =
        sheets.stream().flatMap(sheet -> sheet.rows().stream()).toList();
    assertEquals(written, read.rows().stream().map(SheetRow::cells).toList(), "cell for cell");
    assertTrue(written.size() > 150, "a row per entry and source at least: " + written.size());

    ImportOutcome again = refused(xlsx.toByteArray(), true);
    assertTrue(again.isValid(), () -> again.problems().first().toString());
    assertEquals(0, again.created());
    assertEquals(0, again.changed(), () -> "changed: " + again.keys());
    assertEquals(0, again.claims());
    assertEquals(written.size(), again.unchanged());
  }

  @Test
  void a_reader_cannot_import() {
    seed(TestDatabase.H2);
    byte[] xlsx = Workbooks.of(EntryType.PROJECT, List.of(newDryPort()));
    assertThrows(NotAllowedException.class, () -> importAs(TestCallers.anonymous(), xlsx, false));
  }

  @Test
  void a_csv_file_imports_as_its_type_sheet() {
    seed(TestDatabase.H2);
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    SpreadsheetWriter.csv(
        new SpreadsheetWriter.SheetData(SheetLayout.of(EntryType.PROJECT), List.of(newDryPort())),
        csv);
    String text = csv.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFkey,name_en,"), text);

    SpreadsheetReader.Read read =
        SpreadsheetReader.csv(new ByteArrayInputStream(csv.toByteArray()), EntryType.PROJECT);
    assertTrue(read.problems().isEmpty(), () -> read.problems().first().toString());

    byte[] megabyteCell =
        (text + ",A megabyte of a port," + "y".repeat(1_000_000) + "\n")
            .getBytes(StandardCharsets.UTF_8);
    RowProblems refused =
        SpreadsheetReader.csv(new ByteArrayInputStream(megabyteCell), EntryType.PROJECT).problems();
    assertEquals(
        "sheet 'project', row 3, column 'name_ru': The cell is 1000000 characters long; at most"
            + " 2000 fit in any column.",
        refused.first().get(0).toString());
    assertEquals(2, read.rows().get(0).number(), "the header is row 1");
    ImportOutcome outcome =
        db.inTransaction(
            "aigul", em -> new SpreadsheetImport(em, AIGUL, true).importRows(read, false, n -> {}));
    assertEquals(1, outcome.created());
  }
}
