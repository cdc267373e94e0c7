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
 * subject in each language and format, today's edition as of the day, and what changed today. The
 * edition ids come from the publications and the bytes from the history, so this holds only when
 * the restore put back both exactly.
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
          for (BriefFormat format : BriefFormat.values()) {
            Function<BriefService, RenderedBrief> brief =
                s -> s.render(listing.subject(), language, null, format);
            assertSame(briefs(original, brief), briefs(restored, brief));
            compared++;
          }
          // Read through the history rather than the current register (the format does not
          // change how the history is read, so PDF alone keeps the test shorter).
          Function<BriefService, RenderedBrief> asOfToday =
              s -> s.render(listing.subject(), language, today, BriefFormat.PDF);
          assertSame(briefs(original, asOfToday), briefs(restored, asOfToday));
          compared++;
          Function<BriefService, RenderedBrief> changes =
              s ->
                  s.renderChanges(listing.subject(), language, today, null, today, BriefFormat.PDF);
          assertSame(briefs(original, changes), briefs(restored, changes));
          compared++;
        }
      }
      assertEquals(catalog.size() * Language.values().length * 4, compared);
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
