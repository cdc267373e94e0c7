package org.silkway.core.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.access.Callers;
import org.silkway.core.access.NotAllowedException;
import org.silkway.core.access.TestCallers;
import org.silkway.core.claim.Bound;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.claim.Unit;
import org.silkway.core.claim.ValueKind;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.entry.EntryType;
import org.silkway.core.entry.FourEyesException;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.time.Precision;

/** The curation services on a real database, the seed loaded: what editors and reviewers do. */
class EntryEditingTest {

  private static final String RAILWAY = "project/cku-railway";
  private static final Callers AIGUL = TestCallers.editor("aigul");
  private static final Callers DANIYAR = TestCallers.editor("daniyar");
  private static final Callers BAKYT = TestCallers.reviewer("bakyt");

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

  private <T> T as(Callers curator, Function<EntryEditing, T> work) {
    return db.inTransaction(
        curator.current().name(), em -> work.apply(new EntryEditing(em, curator, true)));
  }

  private void doAs(Callers curator, Consumer<EntryEditing> work) {
    as(
        curator,
        editing -> {
          work.accept(editing);
          return null;
        });
  }

  private <T> T read(Function<Entry, T> reading) {
    return db.inTransaction(
        em -> reading.apply(new EntryRepository(em).byKey(RAILWAY).orElseThrow()));
  }

  private long version() {
    return read(Entry::version);
  }

  private int working() {
    return read(entry -> entry.workingClaims().size());
  }

  private int all() {
    return read(entry -> entry.allClaims().size());
  }

  private int publishedClaimsInTheRegister() {
    return db.inTransaction(
        (EntityManager em) ->
            new RegisterHistory(em)
                .read(
                    new RegisterHistory(em).latest(),
                    register -> register.entry(RAILWAY).orElseThrow().claims().size()));
  }

  private static ClaimInput cost(String amount, String sourceKey) {
    return new ClaimInput(
        "cost",
        ValueKind.AMOUNT,
        null,
        null,
        amount,
        Unit.USD_BILLION,
        Bound.ABOUT,
        null,
        null,
        null,
        null,
        Precision.YEAR,
        "2026",
        null,
        null,
        ClaimKind.ESTIMATE,
        null,
        sourceKey == null ? List.of() : List.of(CitationInput.of(sourceKey, "about $9 billion")));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_claim_added_to_a_published_entry_moves_its_version_and_waits_for_review(
      TestDatabase database) {
    seed(database);
    long before = read(Entry::version);
    int published = publishedClaimsInTheRegister();

    doAs(AIGUL, e -> e.addClaim(RAILWAY, before, cost("9", "seed-001")));

    long after = read(Entry::version);
    assertTrue(after > before, "a new claim is a change to its entry: " + before + " → " + after);
    assertEquals(published, publishedClaimsInTheRegister(), "readers see no draft");

    doAs(AIGUL, e -> e.submit(RAILWAY, after));
    assertEquals(published, publishedClaimsInTheRegister(), "nor a claim in review");
    doAs(BAKYT, e -> e.approve(RAILWAY, read(Entry::version)));

    assertEquals(published + 1, publishedClaimsInTheRegister());
    assertEquals("bakyt", read(entry -> entry.record().approvedBy()));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void the_second_of_two_editors_is_told_who_changed_what_and_nothing_of_theirs_is_saved(
      TestDatabase database) {
    seed(database);
    long opened = read(Entry::version);
    doAs(AIGUL, e -> e.addClaim(RAILWAY, opened, cost("9", "seed-001")));
    int working = working();

    EditConflictException conflict =
        assertThrows(
            EditConflictException.class,
            () -> doAs(DANIYAR, e -> e.addClaim(RAILWAY, opened, cost("10", "seed-002"))));

    assertEquals("aigul", conflict.changedBy());
    assertTrue(
        conflict.getMessage().contains("added Cost: about 9 billion US dollars"),
        conflict.getMessage());
    assertEquals(version(), conflict.currentVersion());
    assertEquals(working, working());

    doAs(DANIYAR, e -> e.addClaim(RAILWAY, conflict.currentVersion(), cost("10", "seed-002")));
    assertEquals(working + 1, working(), "re-applied on the new version");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_wrong_field_is_named_and_leaves_the_entry_as_it_was(TestDatabase database) {
    seed(database);
    long version = read(Entry::version);
    int claims = all();

    InvalidFieldException tooBig =
        assertThrows(
            InvalidFieldException.class,
            () -> doAs(AIGUL, e -> e.addClaim(RAILWAY, version, cost("1e999999", "seed-001"))));
    InvalidFieldException noSource =
        assertThrows(
            InvalidFieldException.class,
            () -> doAs(AIGUL, e -> e.addClaim(RAILWAY, version, cost("9", "seed-999"))));

    assertEquals("value.amount", tooBig.field());
    assertEquals("citations[0].source", noSource.field());
    assertEquals(version, version());
    assertEquals(claims, all());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void claims_added_together_are_one_change_and_a_refused_one_is_named_by_its_place(
      TestDatabase database) {
    seed(database);
    long start = version();
    doAs(AIGUL, e -> e.addClaim(RAILWAY, start, cost("9", "seed-001")));
    long oneClaim = version() - start;
    int claims = all();

    long before = version();
    List<String> keys =
        as(
            AIGUL,
            e ->
                e.addClaims(
                    RAILWAY, before, List.of(cost("10", "seed-001"), cost("11", "seed-002"))));

    assertEquals(oneClaim, version() - before, "two claims, one change");
    assertEquals(claims + 2, all());
    assertEquals(2, keys.size());
    String record = read(entry -> entry.record().lastChange());
    assertTrue(record.contains("about 10 billion") && record.contains("about 11 billion"), record);

    long after = version();
    InvalidFieldException refused =
        assertThrows(
            InvalidFieldException.class,
            () ->
                doAs(
                    AIGUL,
                    e ->
                        e.addClaims(
                            RAILWAY,
                            after,
                            List.of(cost("12", "seed-001"), cost("13", "seed-999")))));
    assertEquals("claims[1].citations[0].source", refused.field());
    assertEquals(after, version(), "nothing of the change is saved");
    assertEquals(claims + 2, all());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_reviewer_who_changed_an_entry_does_not_approve_it_and_an_editor_approves_nothing(
      TestDatabase database) {
    seed(database);
    doAs(BAKYT, e -> e.addClaim(RAILWAY, read(Entry::version), cost("9", "seed-001")));
    doAs(BAKYT, e -> e.submit(RAILWAY, read(Entry::version)));

    assertThrows(
        FourEyesException.class, () -> doAs(BAKYT, e -> e.approve(RAILWAY, read(Entry::version))));
    assertThrows(
        NotAllowedException.class,
        () -> doAs(AIGUL, e -> e.approve(RAILWAY, read(Entry::version))));
    assertTrue(read(Entry::isInReview));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_reviewer_who_prefers_a_published_claim_during_review_may_still_approve_the_editors_work(
      TestDatabase database) {
    seed(database);
    as(AIGUL, e -> e.addClaim(RAILWAY, read(Entry::version), cost("9", "seed-001")));
    doAs(AIGUL, e -> e.submit(RAILWAY, read(Entry::version)));
    long submitted = read(Entry::version);
    String published = read(entry -> entry.claims().get(0).key());

    doAs(BAKYT, e -> e.prefer(RAILWAY, submitted, published));

    long preferred = read(Entry::version);
    assertTrue(preferred > submitted, "a preference moves the version");
    assertEquals("bakyt", read(entry -> entry.record().lastChangedBy()));
    doAs(BAKYT, e -> e.approve(RAILWAY, read(Entry::version)));
    assertEquals(EntryStatus.PUBLISHED, read(Entry::status));
    boolean stillPreferred = read(entry -> entry.claim(published).orElseThrow().isPreferred());
    assertTrue(stillPreferred);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_draft_claim_cannot_be_preferred_and_readers_see_no_change(TestDatabase database) {
    seed(database);
    String added = as(AIGUL, e -> e.addClaim(RAILWAY, read(Entry::version), cost("9", "seed-001")));
    long before = publishedRevision();

    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> doAs(BAKYT, e -> e.prefer(RAILWAY, read(Entry::version), added)));

    assertTrue(refused.getMessage().contains("Approve it first"), refused.getMessage());
    boolean preferred = read(entry -> entry.claim(added).orElseThrow().isPreferred());
    assertFalse(preferred);
    assertEquals(before, publishedRevision());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void drafts_and_submissions_leave_the_published_revision_and_an_approval_moves_it_once(
      TestDatabase database) {
    seed(database);
    long seeded = publishedRevision();

    as(AIGUL, e -> e.addClaim(RAILWAY, read(Entry::version), cost("9", "seed-001")));
    doAs(
        AIGUL,
        e ->
            e.describe(
                RAILWAY,
                read(Entry::version),
                new LocalizedName("Renamed railway", null, null),
                java.util.Map.of()));
    doAs(AIGUL, e -> e.submit(RAILWAY, read(Entry::version)));
    assertEquals(seeded, publishedRevision(), "a draft save or a submission published something");

    doAs(BAKYT, e -> e.approve(RAILWAY, read(Entry::version)));
    assertEquals(seeded + 1, publishedRevision());
  }

  private long publishedRevision() {
    return db.inTransaction(em -> new RegisterHistory(em).latest().orElseThrow().number());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_new_entry_is_a_draft_with_a_key_made_from_its_name_and_its_revision_names_the_editor(
      TestDatabase database) {
    seed(database);
    String key =
        as(
            AIGUL,
            e ->
                e.create(
                    EntryType.PROJECT,
                    new LocalizedName("Khorgos <b>dry</b> port", null, "霍尔果斯"),
                    java.util.Map.of()));

    assertEquals("project/khorgos-b-dry-b-port", key);
    String editor =
        db.inTransaction(
            em ->
                em.createQuery("select r.editor from Revision r order by r.id desc", String.class)
                    .setMaxResults(1)
                    .getSingleResult());
    assertEquals("aigul", editor);
    Entry created = db.inTransaction(em -> new EntryRepository(em).byKey(key).orElseThrow());
    assertEquals(EntryStatus.DRAFT, created.status());
    assertEquals("Khorgos <b>dry</b> port", created.name().in(Language.EN), "kept as typed");
    assertFalse(
        as(
                AIGUL,
                e ->
                    e.create(
                        EntryType.PROJECT,
                        new LocalizedName("Khorgos <b>dry</b> port", null, null),
                        java.util.Map.of()))
            .equals(key),
        "a second entry of the same name gets a key of its own");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_country_the_register_has_is_refused_by_its_code_and_nothing_is_stored(
      TestDatabase database) {
    seed(database);
    long before = entryCount();

    InvalidFieldException refused =
        assertThrows(
            InvalidFieldException.class,
            () ->
                as(
                    AIGUL,
                    e ->
                        e.create(
                            EntryType.COUNTRY,
                            new LocalizedName("Kazakhstan once more", null, null),
                            java.util.Map.of("code", "KZ", "role", "CENTRAL_ASIAN_STATE"))));

    assertEquals("attributes.code", refused.field());
    assertEquals("country/KZ is in the register already", refused.getMessage());
    assertEquals(before, entryCount());
  }

  private long entryCount() {
    return db.inTransaction(em -> new EntryRepository(em).count());
  }
}
