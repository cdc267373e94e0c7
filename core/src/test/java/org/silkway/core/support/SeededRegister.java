package org.silkway.core.support;

import org.silkway.core.register.RegisterStore;
import org.silkway.core.register.SeedLoader;

/** Fills a test database with the seed register, as the first start of Silkway does. */
public final class SeededRegister {

  private SeededRegister() {}

  public static void importInto(Persistence db) {
    db.inTransaction(
        SeedLoader.EDITOR, em -> new RegisterStore(em).storeIntoEmptyRegister(SeedLoader.seed()));
  }
}
