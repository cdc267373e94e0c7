package org.silkway.core.support;

import org.silkway.core.access.TestCallers;
import org.silkway.core.register.RegisterStore;
import org.silkway.core.register.SeedLoader;

/**
 * Fills a test database with the seed register, as the first start of Silkway does: with nobody
 * signed in, through the seed's own path.
 */
public final class SeededRegister {

  private SeededRegister() {}

  public static void importInto(Persistence db) {
    db.inTransaction(
        SeedLoader.EDITOR,
        em -> new RegisterStore(em, TestCallers.anonymous()).storeSeedIntoEmptyRegister());
  }
}
