package org.silkway.core.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.access.Callers;
import org.silkway.core.access.TestCallers;
import org.silkway.core.claim.Unit;
import org.silkway.core.curation.CitationInput;
import org.silkway.core.curation.ClaimInput;
import org.silkway.core.curation.EntryEditing;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.support.ClaimForms;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;
import org.silkway.core.text.InvalidFieldException;

/**
 * An entry's history and the difference between two of its revisions, read back from the audit
 * trail on H2 and PostgreSQL: every kind of change, worded as a reader reads it.
 */
class EntryRevisionsTest {

  private static final String RAILWAY = "project/cku-railway";
  private static final String COST = "cku-railway-cost-002";
  private static final String OTHER_COST = "cku-railway-cost-003";
  private static final Callers AIGUL = TestCallers.editor("aigul");
  private static final Callers BAKYT = TestCallers.reviewer("bakyt");

  private Persistence db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private <T> T as(Callers curator, Function<EntryEditing, T> work) {
    return db.inTransaction(
        curator.current().name(), em -> work.apply(new EntryEditing(em, curator, true)));
  }

  private void doAs(Callers curator, Consumer<EntryEditing> work) {
    as(
        curator,
        e -> {
          work.accept(e);
          return null;
        });
  }

  private long version() {
    return db.inTransaction(
        em -> new EntryRepository(em).byKey(RAILWAY).map(Entry::version).orElseThrow());
  }

  private List<HistoryStep> history(Language language) {
    return db.inTransaction(em -> new EntryRevisions(em).history(RAILWAY, language));
  }

  private long latest() {
    List<HistoryStep> steps = history(Language.EN);
    return steps.get(steps.size() - 1).version().revision();
  }

  private List<Difference> diff(long from, long to) {
    return db.inTransaction(
        em -> new EntryRevisions(em).diff(RAILWAY, from, to, Language.EN).orElseThrow().changes());
  }

  private static ClaimInput cost(String amount, Unit unit, String source, String excerpt) {
    return ClaimForms.cost(amount, unit, List.of(CitationInput.of(source, excerpt)));
  }

  private static Difference only(List<Difference> changes, ChangeKind kind) {
    List<Difference> of = changes.stream().filter(d -> d.kind() == kind).toList();
    assertEquals(1, of.size(), kind + " in " + changes);
    return of.get(0);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void the_diff_names_every_kind_of_change_claim_by_claim_in_words(TestDatabase database) {
    db = Persistence.on(database);
    SeededRegister.importInto(db);
    long seeded = latest();

    String added =
        as(
            AIGUL,
            e -> e.addClaim(RAILWAY, version(), cost("9", Unit.USD_BILLION, "seed-001", "$9 bn")));
    long afterAdd = latest();
    Difference add = only(diff(seeded, afterAdd), ChangeKind.ADDED);
    assertEquals(added, add.claim());
    assertEquals("Cost", add.subject());
    assertEquals("9 billion US dollars", add.after());

    ClaimInput opened = as(AIGUL, e -> e.inputOf(RAILWAY, COST)).orElseThrow();
    String correction =
        as(
            AIGUL,
            e ->
                e.correctClaim(
                    RAILWAY,
                    version(),
                    COST,
                    ClaimForms.withAmount(opened, "350", Unit.CNY_MILLION)));
    Difference proposed = only(diff(afterAdd, latest()), ChangeKind.CHANGED);
    assertEquals(COST, proposed.claim(), "the claim whose value the correction changes");
    assertFalse(correction.equals(COST), "a published claim is corrected by a new draft");
    assertEquals("8 billion US dollars", proposed.before());
    assertEquals("350 million yuan", proposed.after());

    long beforeRename = latest();
    doAs(
        AIGUL,
        e ->
            e.describe(
                RAILWAY,
                version(),
                new LocalizedName("China–Kyrgyzstan–Uzbekistan railway", "Новое имя", "中吉乌铁路"),
                Map.of()));
    doAs(
        AIGUL,
        e ->
            e.correctClaim(
                RAILWAY,
                version(),
                added,
                cost("9", Unit.USD_BILLION, "seed-003", "nine billion")));
    Difference cited = only(diff(beforeRename, latest()), ChangeKind.CITATIONS);
    assertTrue(cited.before().contains("“$9 bn”"), cited.before());
    assertTrue(cited.after().contains("“nine billion”"), cited.after());
    assertTrue(
        cited.after().contains("Russia’s Backyard"), "a source by its title: " + cited.after());

    doAs(AIGUL, e -> e.retractClaim(RAILWAY, version(), "cku-railway-description-003"));
    long beforeApproval = latest();
    assertEquals(
        "retraction proposed",
        only(diff(beforeRename, beforeApproval), ChangeKind.RETRACTION).after());
    doAs(AIGUL, e -> e.submit(RAILWAY, version()));
    doAs(BAKYT, e -> e.approve(RAILWAY, version()));
    List<Difference> approval = diff(beforeApproval, latest());
    assertTrue(
        approval.stream()
            .anyMatch(d -> d.kind() == ChangeKind.PUBLISHED && added.equals(d.claim())),
        approval.toString());
    assertTrue(
        approval.stream().anyMatch(d -> d.kind() == ChangeKind.REMOVED && COST.equals(d.claim())),
        "the corrected claim leaves: " + approval);
    assertTrue(
        approval.stream()
            .anyMatch(
                d ->
                    d.kind() == ChangeKind.REMOVED
                        && "cku-railway-description-003".equals(d.claim())),
        approval.toString());

    long beforePreference = latest();
    doAs(BAKYT, e -> e.prefer(RAILWAY, version(), OTHER_COST));
    Difference preferred = only(diff(beforePreference, latest()), ChangeKind.PREFERENCE);
    assertEquals(OTHER_COST, preferred.claim());

    List<Difference> whole = diff(seeded, latest());
    Difference name = only(whole, ChangeKind.NAME);
    assertEquals("ru", name.subject());
    assertEquals("Новое имя", name.after());
    assertFalse(
        whole.stream().anyMatch(d -> COST.equals(d.claim()) && d.kind() == ChangeKind.CHANGED),
        "across the approval, the corrected claim is removed and its correction added");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void the_history_says_who_when_in_the_readers_language_and_which_revisions_were_published(
      TestDatabase database) {
    db = Persistence.on(database);
    SeededRegister.importInto(db);
    doAs(
        AIGUL,
        e ->
            e.addClaim(
                RAILWAY, version(), cost("500", Unit.KZT_MILLION, "seed-002", "500 млн тенге")));

    List<HistoryStep> english = history(Language.EN);
    List<HistoryStep> russian = history(Language.RU);
    HistoryStep seed = english.get(0);
    HistoryStep draft = english.get(english.size() - 1);

    assertTrue(seed.version().published(), "the seed was published");
    assertFalse(seed.changes().isEmpty(), "the first step shows what the entry started with");
    assertFalse(draft.version().published(), "a draft is no publication");
    assertEquals("aigul", draft.version().editor());
    assertEquals("500 million tenge", only(draft.changes(), ChangeKind.ADDED).after());
    HistoryStep russianDraft = russian.get(russian.size() - 1);
    assertEquals("500 млн тенге", only(russianDraft.changes(), ChangeKind.ADDED).after());
    assertEquals("Стоимость", only(russianDraft.changes(), ChangeKind.ADDED).subject());
    assertTrue(russianDraft.when().contains("г."), russianDraft.when());
    assertTrue(draft.when().endsWith("UTC"), draft.when());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_claim_restored_to_an_earlier_revision_goes_through_review_like_any_change(
      TestDatabase database) {
    db = Persistence.on(database);
    SeededRegister.importInto(db);
    long seeded = latest();
    ClaimInput opened = as(AIGUL, e -> e.inputOf(RAILWAY, COST)).orElseThrow();
    as(
        AIGUL,
        e ->
            e.correctClaim(
                RAILWAY,
                version(),
                COST,
                ClaimForms.cost("350", Unit.CNY_MILLION, opened.citations())));
    doAs(AIGUL, e -> e.submit(RAILWAY, version()));
    doAs(BAKYT, e -> e.approve(RAILWAY, version()));
    assertEquals(List.of("350 million yuan", "about 8 billion US dollars"), publishedCosts());

    String restored = as(AIGUL, e -> e.revertClaim(RAILWAY, version(), COST, seeded));

    assertEquals(
        List.of("350 million yuan", "about 8 billion US dollars"),
        publishedCosts(),
        "readers see the restore only once it is approved");
    List<Difference> proposed = diff(seeded, latest());
    assertTrue(
        proposed.stream()
            .anyMatch(
                d ->
                    d.kind() == ChangeKind.CHANGED
                        && "350 million yuan".equals(d.before())
                        && "8 billion US dollars".equals(d.after())),
        proposed.toString());
    doAs(AIGUL, e -> e.submit(RAILWAY, version()));
    doAs(BAKYT, e -> e.approve(RAILWAY, version()));
    assertEquals(List.of("8 billion US dollars", "about 8 billion US dollars"), publishedCosts());
    List<String> restoredCitations =
        db.inTransaction(
            em ->
                new EntryRepository(em)
                    .byKey(RAILWAY).orElseThrow().claim(restored).orElseThrow().citations().stream()
                        .map(c -> c.source().key())
                        .toList());
    assertEquals(List.of("seed-002"), restoredCitations, "restored with its citation");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_whole_entry_restored_to_an_earlier_revision_goes_through_review(TestDatabase database) {
    db = Persistence.on(database);
    SeededRegister.importInto(db);
    long seeded = latest();
    LocalizedName seededName = name();
    ClaimInput opened = as(AIGUL, e -> e.inputOf(RAILWAY, COST)).orElseThrow();
    as(
        AIGUL,
        e ->
            e.correctClaim(
                RAILWAY,
                version(),
                COST,
                ClaimForms.cost("350", Unit.CNY_MILLION, opened.citations())));
    as(
        AIGUL,
        e ->
            e.addClaim(
                RAILWAY, version(), cost("5", Unit.USD_BILLION, "seed-001", "five billion")));
    doAs(
        AIGUL,
        e ->
            e.describe(
                RAILWAY,
                version(),
                new LocalizedName("Railway renamed", seededName.in(Language.RU), null),
                Map.of()));
    doAs(AIGUL, e -> e.submit(RAILWAY, version()));
    doAs(BAKYT, e -> e.approve(RAILWAY, version()));
    assertEquals(
        List.of("350 million yuan", "5 billion US dollars", "about 8 billion US dollars"),
        publishedCosts());
    assertEquals("Railway renamed", name().in(Language.EN));

    doAs(AIGUL, e -> e.revertEntry(RAILWAY, version(), seeded));

    assertEquals(
        List.of("350 million yuan", "5 billion US dollars", "about 8 billion US dollars"),
        publishedCosts(),
        "readers see the restore only once it is approved");
    doAs(AIGUL, e -> e.submit(RAILWAY, version()));
    doAs(BAKYT, e -> e.approve(RAILWAY, version()));
    assertEquals(List.of("8 billion US dollars", "about 8 billion US dollars"), publishedCosts());
    assertEquals(seededName, name());
    InvalidFieldException nothingToDo =
        assertThrows(
            InvalidFieldException.class,
            () -> doAs(AIGUL, e -> e.revertEntry(RAILWAY, version(), seeded)));
    assertEquals("revision", nothingToDo.field());
  }

  private LocalizedName name() {
    return db.inTransaction(em -> new EntryRepository(em).byKey(RAILWAY).orElseThrow().name());
  }

  private List<String> publishedCosts() {
    return db.inTransaction(
        em ->
            new EntryRepository(em)
                .byKey(RAILWAY).orElseThrow().claimsAbout("cost").stream()
                    .map(
                        c -> org.silkway.core.i18n.Formats.of(Language.EN).value("cost", c.value()))
                    .sorted()
                    .toList());
  }
}
