package org.silkway.reports.brief;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.history.RegisterRevision;
import org.silkway.core.i18n.Language;
import org.silkway.core.support.Archiving;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.edition.RenderedBrief;
import org.silkway.reports.template.BriefFormat;
import org.silkway.reports.template.BriefRenderer;
import org.silkway.reports.template.CompiledTemplates;

/**
 * Briefs as of a past day, from the audit history of a real register on H2 and PostgreSQL: the same
 * day gives the same bytes whatever changed since, and today's brief shows the change.
 */
class AsOfBriefTest {

  private static final String PIPELINES = "project/china-kazakhstan-oil-gas-pipelines";
  private static final BriefSubject KAZAKHSTAN = BriefSubject.country("KZ");

  private static BriefRenderer renderer;

  @BeforeAll
  static void compileTemplatesOnce() {
    renderer = new BriefRenderer(CompiledTemplates.loadedNow());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_brief_as_of_a_past_day_is_the_same_before_and_after_a_later_change(TestDatabase database)
      throws Exception {
    try (Persistence db = Persistence.on(database)) {
      LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
      SeededRegister.importOn(db, yesterday);

      RenderedBrief before = render(db, yesterday);
      Archiving.publish(db, "alice", PIPELINES);
      RenderedBrief after = render(db, yesterday);
      RenderedBrief today = render(db, null);

      assertArrayEquals(before.bytes(), after.bytes(), "yesterday's brief changed after the fact");
      assertEquals(before.editionId(), after.editionId());
      assertNotEquals(before.editionId(), today.editionId());
      assertTrue(text(before).contains("China–Kazakhstan oil and gas pipelines"));
      assertFalse(
          text(today).contains("China–Kazakhstan oil and gas pipelines"),
          "an archived project is still in today's brief");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_brief_as_of_a_revision_is_the_brief_that_was_current_at_it(TestDatabase database) {
    try (Persistence db = Persistence.on(database)) {
      LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
      SeededRegister.importInto(db);
      RegisterRevision seeded = db.inTransaction(em -> new RegisterHistory(em).latest()).get();
      Map<Language, Brief> current = new EnumMap<>(Language.class);
      for (Language language : Language.values()) {
        current.put(language, assembled(db, Optional.empty(), language, yesterday));
      }
      Archiving.publish(db, "alice", PIPELINES);

      for (Language language : Language.values()) {
        Brief asOf = assembled(db, Optional.of(seeded), language, yesterday);
        assertEquals(current.get(language).toString(), asOf.toString(), language.tag());
        assertArrayEquals(
            renderer.render(current.get(language)), renderer.render(asOf), language.tag());
      }
    }
  }

  /** The Kazakhstan brief as assembled from the register at a revision, with a fixed edition id. */
  private static Brief assembled(
      Persistence db, Optional<RegisterRevision> revision, Language language, LocalDate day) {
    return db.inTransaction(
        em ->
            new RegisterHistory(em)
                .read(
                    revision,
                    register ->
                        BriefAssembler.assemble(register, KAZAKHSTAN, language, "edition", day)
                            .orElseThrow()));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_day_before_the_history_starts_has_no_brief_and_says_when_it_starts(TestDatabase database)
      throws Exception {
    try (Persistence db = Persistence.on(database)) {
      LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
      SeededRegister.importOn(db, yesterday);

      BeforeHistoryException refused =
          assertThrows(BeforeHistoryException.class, () -> render(db, yesterday.minusDays(1)));

      assertEquals(yesterday, refused.historyStarts());
    }
  }

  private static RenderedBrief render(Persistence db, LocalDate day) {
    return db.inTransaction(
        em ->
            new BriefService(new RegisterHistory(em), renderer, 0)
                .render(KAZAKHSTAN, Language.EN, day, BriefFormat.PDF));
  }

  private static String text(RenderedBrief brief) throws IOException {
    try (PDDocument document = Loader.loadPDF(brief.bytes())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
