package org.silkway.core.spreadsheet;

import java.util.Arrays;
import org.silkway.core.access.Callers;
import org.silkway.core.access.TestCallers;
import org.silkway.core.entry.EntryType;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;

/**
 * How long a spreadsheet of new projects takes to read, check and import into the seeded register
 * (docs/bench-import.sh runs it; docs/measurements.md has its numbers). Each row is a project as a
 * desk's list gives one: three names, a country, a sector, a cost with its unit and date, a stage
 * and a description, cited to a seed source with an excerpt ({@link Workbooks#projects}).
 */
public final class SpreadsheetImportBench {

  private static final Callers EDITOR = TestCallers.editor("bench");

  private SpreadsheetImportBench() {}

  public static void main(String[] args) {
    TestDatabase database = TestDatabase.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    byte[] xlsx = Workbooks.of(EntryType.PROJECT, Workbooks.projects(rows));
    System.out.printf("rows %,d, %,d bytes of XLSX, %s%n", rows, xlsx.length, database);
    long[] imports = new long[rounds];
    for (int round = 0; round < rounds; round++) {
      try (Persistence db = Persistence.on(database)) {
        SeededRegister.importInto(db);
        long start = System.nanoTime();
        SpreadsheetReader.Read read = Workbooks.read(xlsx);
        long readMs = ms(start);
        start = System.nanoTime();
        try {
          db.inTransaction(
              em -> new SpreadsheetImport(em, EDITOR, true).importRows(read, true, n -> {}));
        } catch (NothingStoredException dryRun) {
          if (!dryRun.outcome().isValid()) {
            throw new IllegalStateException(dryRun.outcome().problems().first().toString());
          }
        }
        long checkMs = ms(start);
        start = System.nanoTime();
        ImportOutcome outcome =
            db.inTransaction(
                em -> new SpreadsheetImport(em, EDITOR, true).importRows(read, false, n -> {}));
        imports[round] = ms(start);
        System.out.printf(
            "round %d: read %,d ms, dry run %,d ms, import %,d ms (%,d entries, %,d claims)%n",
            round + 1, readMs, checkMs, imports[round], outcome.created(), outcome.claims());
      }
    }
    Arrays.sort(imports);
    System.out.printf("median import %,d ms%n", imports[rounds / 2]);
  }

  private static long ms(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
