package org.silkway.reports.brief;

import java.time.Instant;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.history.RegisterRevision;
import org.silkway.core.register.SeedLoader;
import org.silkway.core.register.UnsavedRegister;

/** The seed register as briefs see it, without a database. */
final class SeedBriefs {

  static final RegisterRevision REVISION =
      new RegisterRevision(1, Instant.parse("2026-11-23T10:15:30Z"));

  private SeedBriefs() {}

  static PublishedRegister register() {
    UnsavedRegister seed = UnsavedRegister.of(SeedLoader.seed());
    return PublishedRegister.of(REVISION, seed.entries());
  }
}
