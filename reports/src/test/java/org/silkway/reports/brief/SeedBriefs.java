package org.silkway.reports.brief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.history.RegisterRevision;
import org.silkway.core.i18n.Language;
import org.silkway.core.register.SeedLoader;
import org.silkway.core.register.UnsavedRegister;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.template.BriefFormat;

/** The seed register as briefs see it, without a database. */
final class SeedBriefs {

  static final RegisterRevision REVISION =
      new RegisterRevision(1, Instant.parse("2026-11-23T10:15:30Z"));

  private SeedBriefs() {}

  static PublishedRegister register() {
    UnsavedRegister seed = UnsavedRegister.of(SeedLoader.seed());
    return PublishedRegister.of(REVISION, seed.entries());
  }

  /** The seed's brief of a subject in a language, as edition {@code seed0001}. */
  static Brief brief(BriefSubject subject, Language language) {
    return BriefAssembler.assemble(register(), subject, language, "seed0001", null).orElseThrow();
  }

  /** Keeps a rendered seed brief in {@code target/seed-briefs/} for people to look at. */
  static void keep(BriefSubject subject, Language language, BriefFormat format, byte[] file)
      throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "seed-briefs"));
    Files.write(
        dir.resolve(
            subject.kind().name().toLowerCase()
                + "-"
                + subject.id()
                + "-"
                + language.tag()
                + "."
                + format.extension()),
        file);
  }
}
