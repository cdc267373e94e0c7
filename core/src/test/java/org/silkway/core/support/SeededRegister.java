package org.silkway.core.support;

import org.silkway.core.access.TestCallers;
import org.silkway.core.audit.AuditTrail;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.register.ImportLock;
import org.silkway.core.register.RegisterStore;
import org.silkway.core.register.SeedLoader;
import org.silkway.core.source.SourceRepository;

/**
 * Fills a test database with the seed register, as the first start of Silkway does: with nobody
 * signed in, through the seed's own path.
 */
public final class SeededRegister {

  private SeededRegister() {}

  public static void importInto(Persistence db) {
    db.inTransaction(
        SeedLoader.EDITOR,
        em ->
            new RegisterStore(
                    new EntryRepository(em),
                    new SourceRepository(em),
                    new AuditTrail(em),
                    new ImportLock(em),
                    TestCallers.anonymous())
                .storeSeedIntoEmptyRegister());
  }
}
