package org.silkway.reports.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.history.RegisterRevision;
import org.silkway.core.support.Archiving;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.template.BriefRenderer;
import org.silkway.reports.template.CompiledTemplates;

/** The list of briefs follows the register: built once per revision, rebuilt after a change. */
class BriefCatalogTest {

  @Test
  void the_catalog_is_reused_while_the_register_stands_still_and_follows_a_change() {
    try (Persistence db = Persistence.on(TestDatabase.H2)) {
      SeededRegister.importInto(db);
      BriefService briefs =
          new BriefService(
              eachCallInItsOwnTransaction(db), new BriefRenderer(CompiledTemplates.loadedNow()), 0);

      List<BriefListing> first = briefs.catalog();
      List<BriefListing> again = briefs.catalog();
      Archiving.publish(db, "alice", "sector/energy");
      List<BriefListing> after = briefs.catalog();

      assertEquals(17, first.size());
      assertSame(first, again, "the same revision built its catalog twice");
      assertEquals(16, after.size());
      assertTrue(subjects(first).contains(BriefSubject.sector("energy")));
      assertFalse(subjects(after).contains(BriefSubject.sector("energy")));
    }
  }

  /** The history as the container gives it: every call a transaction of its own. */
  private static RegisterHistory eachCallInItsOwnTransaction(Persistence db) {
    return new RegisterHistory() {
      @Override
      public Optional<RegisterRevision> latest() {
        return db.inTransaction(em -> new RegisterHistory(em).latest());
      }

      @Override
      public <T> T read(
          Optional<RegisterRevision> revision, Function<PublishedRegister, T> reader) {
        return db.inTransaction(em -> new RegisterHistory(em).read(revision, reader));
      }
    };
  }

  private static List<BriefSubject> subjects(List<BriefListing> listings) {
    return listings.stream().map(BriefListing::subject).toList();
  }
}
