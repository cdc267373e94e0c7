package org.silkway.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.support.DatabaseRows;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;

/**
 * After the seed, PostgreSQL's planner knows how many rows the register holds, instead of planning
 * for the empty tables Flyway made. The spreadsheet import and the restore are checked in their own
 * tests ({@code SpreadsheetImportTest}, {@code RegisterBackupTest}).
 */
class PlannerStatisticsTest {

  @Test
  void after_the_seed_postgresql_plans_for_the_rows_it_holds() {
    try (Persistence db = Persistence.on(TestDatabase.POSTGRESQL)) {
      SeededRegister.importInto(db);

      long entries = db.inTransaction(em -> new EntryRepository(em).count());
      long claims =
          db.inTransaction(
              em -> em.createQuery("select count(c) from Claim c", Long.class).getSingleResult());
      assertEquals(entries, DatabaseRows.plannerEstimate(db.dataSource(), "entry"));
      assertEquals(claims, DatabaseRows.plannerEstimate(db.dataSource(), "claim"));
    }
  }
}
