package org.silkway.core.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.silkway.core.support.ClaimForms.withText;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.access.Callers;
import org.silkway.core.access.TestCallers;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ValueKind;
import org.silkway.core.curation.ClaimInput;
import org.silkway.core.curation.EntryEditing;
import org.silkway.core.entry.ChangeStatus;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.entry.FourEyesException;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.history.RegisterRevision;
import org.silkway.core.i18n.Language;
import org.silkway.core.register.InvalidRegisterException;
import org.silkway.core.register.RegisterDocument;
import org.silkway.core.register.RegisterJsonReader;
import org.silkway.core.register.RegisterJsonWriter;
import org.silkway.core.register.UnsavedRegister;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;
import org.silkway.core.text.InvalidFieldException;

/**
 * Translations of texts on both databases, from the seeded register (whose 137 texts are all in
 * English): the queue per language, a translation that readers see only once a second person
 * approves it, the register at a past revision with the translations readers saw then, and what is
 * refused.
 */
class TranslationTest {

  private static final Callers AIGUL = TestCallers.editor("aigul");
  private static final Callers BAKYT = TestCallers.reviewer("bakyt");
  private static final String CHINA = "country/CN";
  private static final String DESCRIPTION = "cn-description-000";
  private static final String RUSSIAN = "Китайские инвестиции в Центральную Азию продолжают расти";

  private Persistence db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private void seed(TestDatabase database) {
    db = Persistence.on(database);
    SeededRegister.importInto(db);
  }

  private void doAs(Callers curator, Consumer<EntryEditing> work) {
    db.inTransaction(
        curator.current().name(),
        em -> {
          work.accept(new EntryEditing(em, curator, true));
          return null;
        });
  }

  private <T> T queue(Function<TranslationQueue, T> reading) {
    return db.inTransaction(em -> reading.apply(new TranslationQueue(em)));
  }

  private long count(Language language) {
    return queue(q -> q.count(language));
  }

  private Entry china() {
    return db.inTransaction(em -> new EntryRepository(em).byKey(CHINA).orElseThrow());
  }

  private long version() {
    return china().version();
  }

  /** The description as readers see it, at a revision or now. */
  private Optional<String> readersSee(Optional<RegisterRevision> revision, Language language) {
    return db.inTransaction(
        em ->
            new RegisterHistory(em)
                .read(
                    revision,
                    register ->
                        PublishedRegister.claimsOf(register.entry(CHINA).orElseThrow()).stream()
                            .filter(c -> c.key().equals(DESCRIPTION))
                            .findFirst()
                            .orElseThrow()
                            .translationIn(language)));
  }

  private Optional<RegisterRevision> latest() {
    return db.inTransaction(em -> new RegisterHistory(em).latest());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void the_queue_of_a_language_holds_every_published_text_readers_read_in_the_original(
      TestDatabase database) {
    seed(database);
    long publishedTexts =
        db.inTransaction(
            em ->
                new RegisterHistory(em)
                    .read(
                        Optional.empty(),
                        register ->
                            register.entries().stream()
                                .flatMap(e -> PublishedRegister.claimsOf(e).stream())
                                .filter(c -> c.value().kind() == ValueKind.TEXT)
                                .count()));
    assertTrue(publishedTexts > 100, "the seed states texts: " + publishedTexts);

    assertEquals(publishedTexts, count(Language.RU));
    assertEquals(publishedTexts, count(Language.ZH));
    assertEquals(0L, count(Language.EN), "the seed's sources are all in English");
    List<TextToTranslate> rows = queue(q -> q.rows(Language.RU, 0, 500));
    assertEquals(publishedTexts, rows.size());
    TextToTranslate description =
        rows.stream().filter(r -> r.claimKey().equals(DESCRIPTION)).findFirst().orElseThrow();
    assertEquals(CHINA, description.entryKey());
    assertEquals("description", description.property());
    assertTrue(description.original().startsWith("Chinese investments"), description.original());
    assertFalse(description.isWaitingForReview());
    assertEquals(10, queue(q -> q.rows(Language.RU, 5, 10)).size(), "paged");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_translation_reaches_readers_only_once_a_second_person_approves_it(TestDatabase database) {
    seed(database);
    long queued = count(Language.RU);
    Optional<RegisterRevision> before = latest();

    doAs(
        AIGUL, e -> e.translate(CHINA, version(), DESCRIPTION, Language.RU, "  " + RUSSIAN + "\n"));

    assertEquals(ChangeStatus.DRAFTED, china().changes());
    assertEquals(Optional.empty(), readersSee(Optional.empty(), Language.RU), "not reviewed yet");
    assertEquals(before, latest(), "a draft moves no published revision");
    TextToTranslate waiting =
        queue(q -> q.rows(Language.RU, 0, 500)).stream()
            .filter(r -> r.claimKey().equals(DESCRIPTION))
            .findFirst()
            .orElseThrow();
    assertEquals(RUSSIAN, waiting.proposed(), "the queue shows it waiting for review");
    TextOriginal form = queue(q -> q.original(CHINA, DESCRIPTION, Language.RU)).orElseThrow();
    assertEquals(RUSSIAN, form.proposed());
    assertEquals("en", form.originalLanguage());
    assertTrue(form.citations().get(0).contains(": "), form.citations().toString());
    assertEquals(version(), form.version());

    doAs(AIGUL, e -> e.submit(CHINA, version()));
    assertThrows(
        FourEyesException.class,
        () -> doAs(TestCallers.reviewer("aigul"), e -> e.approve(CHINA, version())),
        "the translator does not approve their own translation");
    doAs(BAKYT, e -> e.approve(CHINA, version()));

    assertEquals(Optional.of(RUSSIAN), readersSee(Optional.empty(), Language.RU));
    assertEquals(Optional.empty(), readersSee(Optional.empty(), Language.ZH));
    assertEquals(queued - 1, count(Language.RU));
    assertEquals(queued, count(Language.ZH));
    assertTrue(
        queue(q -> q.rows(Language.RU, 0, 500)).stream()
            .noneMatch(r -> r.claimKey().equals(DESCRIPTION)));
    assertEquals(Optional.empty(), readersSee(before, Language.RU), "the past stays as it was");
    assertEquals(Optional.of(RUSSIAN), readersSee(latest(), Language.RU), "read from the audit");

    String exported = exportedJson();
    Claim imported =
        UnsavedRegister.of(RegisterJsonReader.read(bytes(exported))).entries().stream()
            .filter(e -> e.key().equals(CHINA))
            .flatMap(e -> e.claims().stream())
            .filter(c -> c.key().equals(DESCRIPTION))
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.of(RUSSIAN), imported.translationIn(Language.RU), "kept by the export");

    InvalidRegisterException wrong =
        assertThrows(
            InvalidRegisterException.class,
            () ->
                UnsavedRegister.of(
                    RegisterJsonReader.read(
                        bytes(exported.replace("\"ru\": \"" + RUSSIAN, "\"kk\": \"" + RUSSIAN)))));
    assertTrue(
        wrong.problems().stream()
            .anyMatch(
                p -> p.field().endsWith(".translations.kk") && p.message().contains("en, ru, zh")),
        wrong.problems().toString());
  }

  private String exportedJson() {
    RegisterDocument document =
        db.inTransaction(em -> new RegisterHistory(em).current()).document();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RegisterJsonWriter.write(document, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static ByteArrayInputStream bytes(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_correction_keeps_the_translations_of_the_same_wording_and_drops_them_for_a_new_one(
      TestDatabase database) {
    seed(database);
    doAs(AIGUL, e -> e.translate(CHINA, version(), DESCRIPTION, Language.ZH, "中国对中亚的投资继续扩大"));
    doAs(AIGUL, e -> e.submit(CHINA, version()));
    doAs(BAKYT, e -> e.approve(CHINA, version()));

    String sameWords =
        db.inTransaction(
            "aigul",
            em -> {
              EntryEditing editing = new EntryEditing(em, AIGUL, true);
              ClaimInput asItIs = editing.inputOf(CHINA, DESCRIPTION).orElseThrow();
              return editing.correctClaim(
                  CHINA, version(), DESCRIPTION, withText(asItIs, asItIs.text(), "checked"));
            });
    Claim kept = claim(sameWords);
    assertEquals(Optional.of("中国对中亚的投资继续扩大"), kept.translationIn(Language.ZH));

    doAs(
        AIGUL,
        e ->
            e.correctClaim(
                CHINA,
                version(),
                sameWords,
                withText(
                    e.inputOf(CHINA, sameWords).orElseThrow(),
                    "China trades most with Central Asia",
                    null)));
    assertEquals(Optional.empty(), claim(sameWords).translationIn(Language.ZH), "a new wording");
  }

  private Claim claim(String key) {
    return db.inTransaction(
        em -> {
          Claim claim = new EntryRepository(em).byKey(CHINA).orElseThrow().claim(key).orElseThrow();
          claim.translations();
          return claim;
        });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_translation_that_cannot_be_one_is_refused_by_its_field_and_changes_nothing(
      TestDatabase database) {
    seed(database);
    long version = version();
    assertEquals("translation", refused(Language.RU, DESCRIPTION, "   "));
    assertEquals("translation", refused(Language.RU, DESCRIPTION, "я".repeat(2001)));
    assertEquals("translation", refused(Language.RU, DESCRIPTION, "bell\u0007"));
    assertEquals("language", refused(Language.EN, DESCRIPTION, "China is"));
    assertEquals("language", refused(null, DESCRIPTION, RUSSIAN));
    assertEquals("claim", refused(Language.RU, "no-such-claim", RUSSIAN));
    String aCode =
        db.inTransaction(
            em ->
                new EntryRepository(em)
                    .byKey(CHINA).orElseThrow().claims().stream()
                        .filter(c -> c.value().kind() != ValueKind.TEXT)
                        .findFirst()
                        .orElseThrow()
                        .key());
    assertEquals("claim", refused(Language.RU, aCode, RUSSIAN));
    assertEquals(version, version(), "nothing was saved");
    assertEquals(ChangeStatus.NONE, china().changes());
  }

  private String refused(Language language, String claimKey, String text) {
    return assertThrows(
            InvalidFieldException.class,
            () -> doAs(AIGUL, e -> e.translate(CHINA, version(), claimKey, language, text)))
        .field();
  }
}
