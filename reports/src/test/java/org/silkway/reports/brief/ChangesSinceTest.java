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
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.access.Callers;
import org.silkway.core.access.TestCallers;
import org.silkway.core.curation.CitationInput;
import org.silkway.core.curation.ClaimInput;
import org.silkway.core.curation.EntryEditing;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.i18n.Language;
import org.silkway.core.support.ClaimForms;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;
import org.silkway.reports.brief.ChangesAssembler.Change;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.changes.ChangeFeed;
import org.silkway.reports.changes.ChangeSet;
import org.silkway.reports.edition.RenderedBrief;
import org.silkway.reports.template.BriefFormat;
import org.silkway.reports.template.BriefRenderer;
import org.silkway.reports.template.CompiledTemplates;

/**
 * "What changed since", on H2 and PostgreSQL: the seed loaded yesterday, a published description
 * corrected through review today; the Kazakhstan changes brief shows the old and the new value with
 * their sources in every language, the same bytes each time, and the feed lists the correction as
 * one change set that touched Kazakhstan.
 */
class ChangesSinceTest {

  private static final String PIPELINES = "project/china-kazakhstan-oil-gas-pipelines";
  private static final String OLD_DESCRIPTION =
      "The China–Kazakhstan oil and natural gas pipelines are functioning well";
  private static final String NEW_DESCRIPTION = "Pipelines described again by the changes test.";
  private static final BriefSubject KAZAKHSTAN = BriefSubject.country("KZ");
  private static final Callers AIGUL = TestCallers.editor("aigul");
  private static final Callers BAKYT = TestCallers.reviewer("bakyt");

  private static BriefRenderer renderer;

  @BeforeAll
  static void compileTemplatesOnce() {
    renderer = new BriefRenderer(CompiledTemplates.loadedNow());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_correction_reads_as_before_and_now_with_sources_in_every_language(TestDatabase database)
      throws Exception {
    try (Persistence db = Persistence.on(database)) {
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      SeededRegister.importOn(db, today.minusDays(1));
      correctDescription(db);

      String english = text(keep(changesSince(db, today, Language.EN), database));
      assertTrue(english.toLowerCase().contains("what changed"), "the kind in the masthead");
      assertTrue(english.contains("China–Kazakhstan oil and gas pipelines"), english);
      assertTrue(english.contains(OLD_DESCRIPTION), "the value before is missing");
      assertTrue(english.contains(NEW_DESCRIPTION), "the value now is missing");
      assertTrue(english.contains("Corrected: the value before is no longer stated."), english);
      assertTrue(english.contains("before") && english.contains("now"), english);
      assertTrue(
          english.contains("The Prospects for Deeper China-Central Asia Cooperation"),
          "the sources of the values are not listed");
      assertFalse(english.contains("Added."), "nothing else was published today: " + english);

      String russian = text(keep(changesSince(db, today, Language.RU), database));
      assertTrue(russian.toLowerCase().contains("что изменилось"), russian);
      assertTrue(russian.contains("Исправлено: прежнее значение больше не приводится."), russian);
      assertTrue(russian.contains("было") && russian.contains("стало"), russian);
      assertTrue(russian.contains(NEW_DESCRIPTION), russian);

      String chinese = text(keep(changesSince(db, today, Language.ZH), database));
      assertTrue(chinese.contains("变更"), chinese);
      assertTrue(chinese.contains("此前") && chinese.contains("现在"), chinese);
      assertTrue(chinese.contains(NEW_DESCRIPTION), chinese);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void an_edition_is_the_same_bytes_each_time_and_a_new_publication_makes_a_new_one(
      TestDatabase database) throws Exception {
    try (Persistence db = Persistence.on(database)) {
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      SeededRegister.importOn(db, today.minusDays(1));

      RenderedBrief nothingYet = changesSince(db, today, Language.EN);
      assertTrue(text(nothingYet).contains("No changes"), text(nothingYet));
      correctDescription(db);
      RenderedBrief first = changesSince(db, today, Language.EN);
      RenderedBrief again = changesSince(db, today, Language.EN);

      assertArrayEquals(first.bytes(), again.bytes(), "the same edition rendered twice differs");
      assertEquals(first.editionId(), again.editionId());
      assertNotEquals(nothingYet.editionId(), first.editionId());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_day_before_the_history_starts_is_refused_with_the_first_day(TestDatabase database)
      throws Exception {
    try (Persistence db = Persistence.on(database)) {
      LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
      SeededRegister.importOn(db, yesterday);

      BeforeHistoryException refused =
          assertThrows(
              BeforeHistoryException.class,
              () -> changesSince(db, yesterday.minusDays(1), Language.EN));

      assertEquals(yesterday, refused.historyStarts());
      String everything = text(changesSince(db, yesterday, Language.EN));
      assertTrue(everything.contains("Added."), "on the first day everything is new");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void the_feed_has_one_change_set_per_publication_with_the_subjects_it_touched(
      TestDatabase database) throws Exception {
    try (Persistence db = Persistence.on(database)) {
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      SeededRegister.importOn(db, today.minusDays(1));
      correctDescription(db);

      List<ChangeSet> all =
          feed(db, today.minusDays(1), today.plusDays(1), Optional.empty(), Language.EN);
      List<ChangeSet> kazakhstan =
          feed(db, today, today.plusDays(1), Optional.of(KAZAKHSTAN), Language.EN);
      List<ChangeSet> tajikistan =
          feed(db, today, today.plusDays(1), Optional.of(BriefSubject.country("TJ")), Language.EN);

      assertEquals(2, all.size(), "the seed's import and the correction");
      assertTrue(all.get(0).subjects().contains(KAZAKHSTAN));
      assertTrue(all.get(1).subjects().contains(KAZAKHSTAN));
      assertTrue(all.get(1).subjects().contains(BriefSubject.framework()));
      assertFalse(all.get(1).subjects().contains(BriefSubject.country("TJ")));
      assertEquals(1, kazakhstan.size());
      assertEquals(List.of(KAZAKHSTAN), kazakhstan.get(0).subjects());
      List<Change> changes = kazakhstan.get(0).bySubject().get(KAZAKHSTAN);
      assertEquals(1, changes.size(), changes.toString());
      assertEquals("corrected", changes.get(0).kind());
      assertEquals(PIPELINES, changes.get(0).entry());
      assertTrue(changes.get(0).before().startsWith(OLD_DESCRIPTION));
      assertEquals(NEW_DESCRIPTION, changes.get(0).after());
      assertTrue(tajikistan.isEmpty(), "the correction did not touch Tajikistan: " + tajikistan);
    }
  }

  /** Aigul corrects the pipelines' first description, citing the same article; Bakyt approves. */
  private static void correctDescription(Persistence db) {
    ClaimInput description =
        ClaimForms.text(
            "description",
            NEW_DESCRIPTION,
            List.of(CitationInput.of("seed-000", "functioning well")));
    doing(
        db,
        AIGUL,
        e ->
            e.correctClaim(
                PIPELINES,
                version(db),
                "china-kazakhstan-oil-gas-pipelines-description-000",
                description));
    doing(db, AIGUL, e -> e.submit(PIPELINES, version(db)));
    doing(db, BAKYT, e -> e.approve(PIPELINES, version(db)));
  }

  private static void doing(
      Persistence db, Callers who, java.util.function.Consumer<EntryEditing> work) {
    db.inTransaction(
        who.current().name(),
        em -> {
          work.accept(new EntryEditing(em, who, true));
          return null;
        });
  }

  private static long version(Persistence db) {
    return db.inTransaction(em -> new EntryRepository(em).byKey(PIPELINES).orElseThrow().version());
  }

  private static RenderedBrief changesSince(Persistence db, LocalDate since, Language language) {
    return db.inTransaction(
        em ->
            new BriefService(new RegisterHistory(em), renderer, 0)
                .renderChanges(
                    KAZAKHSTAN,
                    language,
                    since,
                    null,
                    LocalDate.now(ZoneOffset.UTC),
                    BriefFormat.PDF));
  }

  private static List<ChangeSet> feed(
      Persistence db,
      LocalDate from,
      LocalDate to,
      Optional<BriefSubject> subject,
      Language language) {
    return db.inTransaction(
        em ->
            new ChangeFeed(new RegisterHistory(em))
                .between(
                    from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    to.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    subject,
                    language));
  }

  /**
   * Keeps the PDF in target/changes/ to look at (pdftoppm), as the browser tests keep screenshots.
   */
  private static RenderedBrief keep(RenderedBrief brief, TestDatabase database) throws IOException {
    java.nio.file.Path dir = java.nio.file.Path.of("target", "changes");
    java.nio.file.Files.createDirectories(dir);
    java.nio.file.Files.write(
        dir.resolve("kz-" + database.name().toLowerCase() + "-" + brief.language().tag() + ".pdf"),
        brief.bytes());
    return brief;
  }

  private static String text(RenderedBrief brief) throws IOException {
    try (PDDocument document = Loader.loadPDF(brief.bytes())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
