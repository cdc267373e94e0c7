package org.silkway.reports.brief;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.access.Callers;
import org.silkway.core.access.TestCallers;
import org.silkway.core.curation.EntryEditing;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.i18n.Language;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.template.BriefFormat;
import org.silkway.reports.template.BriefRenderer;
import org.silkway.reports.template.CompiledTemplates;

/**
 * The Russian and Chinese Kazakhstan briefs, rendered and read back, on H2 and PostgreSQL: a text
 * with a reviewed translation prints it, alone; a text without one prints its English original
 * followed by the one mark in the reader's language.
 */
class TranslatedBriefsTest {

  private static final String PIPELINES = "project/china-kazakhstan-oil-gas-pipelines";
  private static final String TRANSLATED = "china-kazakhstan-oil-gas-pipelines-description-000";
  private static final String UNTRANSLATED = "china-kazakhstan-oil-gas-pipelines-description-001";
  private static final String RUSSIAN = "Нефте- и газопроводы Казахстан — Китай работают";
  private static final String CHINESE = "中哈原油和天然气管道正在运行";
  private static final Callers AIGUL = TestCallers.editor("aigul");
  private static final Callers BAKYT = TestCallers.reviewer("bakyt");

  private static BriefRenderer renderer;
  private Persistence db;

  @BeforeAll
  static void compileTemplatesOnce() {
    renderer = new BriefRenderer(CompiledTemplates.loadedNow());
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_reviewed_translation_is_printed_and_an_untranslated_text_carries_one_mark(
      TestDatabase database) {
    db = Persistence.on(database);
    SeededRegister.importInto(db);
    String original = text(TRANSLATED);
    String untranslated = text(UNTRANSLATED);

    as(AIGUL, e -> e.translate(PIPELINES, version(), TRANSLATED, Language.RU, RUSSIAN));
    as(AIGUL, e -> e.translate(PIPELINES, version(), TRANSLATED, Language.ZH, CHINESE));
    as(AIGUL, e -> e.submit(PIPELINES, version()));
    as(BAKYT, e -> e.approve(PIPELINES, version()));

    String russian = squeezed(kazakhstan(Language.RU));
    assertTrue(russian.contains(squeezed(RUSSIAN)), russian);
    assertFalse(russian.contains(squeezed(original)), "the original beside its translation");
    assertTrue(
        russian.contains(squeezed(untranslated + " (на английском языке)")),
        "an untranslated text without its mark: " + russian);

    String chinese = squeezed(kazakhstan(Language.ZH));
    assertTrue(chinese.contains(CHINESE), chinese);
    assertFalse(chinese.contains(squeezed(original)), "the original beside its translation");
    assertTrue(
        chinese.contains(squeezed(untranslated + " （英文原文）")),
        "an untranslated text without its mark: " + chinese);

    String english = squeezed(kazakhstan(Language.EN));
    assertTrue(english.contains(squeezed(original)), "English readers read the original");
    assertFalse(english.contains("(inEnglish)"), "an English text marked in an English brief");
  }

  private String text(String claimKey) {
    return db.inTransaction(
        em ->
            new EntryRepository(em)
                .byKey(PIPELINES)
                .orElseThrow()
                .claim(claimKey)
                .orElseThrow()
                .value()
                .text());
  }

  private long version() {
    return db.inTransaction(
        em -> new EntryRepository(em).byKey(PIPELINES).map(Entry::version).orElseThrow());
  }

  private void as(Callers who, Consumer<EntryEditing> work) {
    db.inTransaction(
        who.current().name(),
        em -> {
          work.accept(new EntryEditing(em, who, true));
          return null;
        });
  }

  private String kazakhstan(Language language) {
    byte[] pdf =
        db.inTransaction(
            em ->
                new BriefService(new RegisterHistory(em), renderer, 0)
                    .render(BriefSubject.country("KZ"), language, null, BriefFormat.PDF)
                    .bytes());
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Without white space, so that a text wrapped across lines still matches. */
  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }
}
