package org.silkway.reports.brief;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.access.TestCallers;
import org.silkway.core.backup.RegisterBackup;
import org.silkway.core.backup.RegisterRestore;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.i18n.Language;
import org.silkway.core.support.BusyRegister;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.TestDatabase;
import org.silkway.reports.edition.RenderedBrief;
import org.silkway.reports.template.BriefFormat;
import org.silkway.reports.template.BriefRenderer;
import org.silkway.reports.template.CompiledTemplates;

/**
 * A register restored from its backup answers every brief as the original does, to the byte: each
 * subject's PDF in each language, and its Word document, today's edition as of the day and what
 * changed today. The edition ids come from the publications and the bytes from the history, so this
 * holds only when the restore put back both exactly.
 */
class RestoredRegisterBriefsTest {

  private static BriefRenderer renderer;

  @TempDir Path files;

  @BeforeAll
  static void compileTemplatesOnce() {
    renderer = new BriefRenderer(CompiledTemplates.loadedNow());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_restored_register_answers_every_brief_byte_for_byte(TestDatabase database)
      throws IOException {
    try (Persistence original = Persistence.on(database);
        Persistence restored = Persistence.on(database)) {
      BusyRegister.fill(original);
      Path backup = files.resolve("backup.zip");
      try (OutputStream out = Files.newOutputStream(backup)) {
        new RegisterBackup(original.dataSource(), TestCallers.admin("admin"), Clock.systemUTC())
            .prepare(false)
            .writeTo(out);
      }
      RegisterRestore.intoEmptyDatabase(restored.dataSource(), backup);

      List<BriefListing> catalog = briefs(original, BriefService::catalog);
      assertEquals(catalog, briefs(restored, BriefService::catalog));
      assertTrue(catalog.size() > 5, "the seed prints more briefs than " + catalog);
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      int compared = 0;
      for (BriefListing listing : catalog) {
        for (Language language : Language.values()) {
          Function<BriefService, RenderedBrief> pdf =
              s -> s.render(listing.subject(), language, null, BriefFormat.PDF);
          assertSame(briefs(original, pdf), briefs(restored, pdf));
          compared++;
        }
        // Every language above checks the names and translations restored; the Word document,
        // the history read as of today and what changed today are read the same way in every
        // language, so English alone keeps the test shorter.
        Function<BriefService, RenderedBrief> docx =
            s -> s.render(listing.subject(), Language.EN, null, BriefFormat.DOCX);
        assertSame(briefs(original, docx), briefs(restored, docx));
        Function<BriefService, RenderedBrief> asOfToday =
            s -> s.render(listing.subject(), Language.EN, today, BriefFormat.PDF);
        assertSame(briefs(original, asOfToday), briefs(restored, asOfToday));
        Function<BriefService, RenderedBrief> changes =
            s ->
                s.renderChanges(
                    listing.subject(), Language.EN, today, null, today, BriefFormat.PDF);
        assertSame(briefs(original, changes), briefs(restored, changes));
        compared += 3;
      }
      assertEquals(catalog.size() * (Language.values().length + 3), compared);
    }
  }

  private static void assertSame(RenderedBrief original, RenderedBrief restored) {
    String which = original.fileName();
    assertEquals(original.editionId(), restored.editionId(), which);
    assertArrayEquals(original.bytes(), restored.bytes(), which);
  }

  private static <T> T briefs(Persistence db, Function<BriefService, T> work) {
    return db.inTransaction(
        em -> work.apply(new BriefService(new RegisterHistory(em), renderer, 0)));
  }
}
