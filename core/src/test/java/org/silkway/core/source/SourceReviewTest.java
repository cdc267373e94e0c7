package org.silkway.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.access.Callers;
import org.silkway.core.access.NotAllowedException;
import org.silkway.core.access.TestCallers;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.claim.ClaimValue;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;

/**
 * Sources go through review like entries, on H2 and PostgreSQL: an edit of a source readers see
 * waits for another reviewer, an edit of one they do not see applies at once and marks the entries
 * that cite it as changed, and two saves at once end in the conflict message, not a failure.
 */
class SourceReviewTest {

  private static final String CITED = "seed-000";
  private static final Callers AIGUL = TestCallers.editor("aigul");
  private static final Callers BAKYT = TestCallers.reviewer("bakyt");
  private static final Callers DANA = TestCallers.reviewer("dana");

  private Persistence db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private <T> T as(Callers who, Function<SourceEditing, T> work) {
    return db.inTransaction(
        who.current().name(), em -> work.apply(new SourceEditing(em, who, true)));
  }

  private Source source(String key) {
    return db.inTransaction(em -> new SourceRepository(em).byKey(key).orElseThrow());
  }

  private long publishedRevision() {
    return db.inTransaction(em -> new RegisterHistory(em).latest().orElseThrow().number());
  }

  private static SourceInput retitled(Source source, String title) {
    SourceInput s = SourceInput.of(source);
    return new SourceInput(
        title,
        s.kind(),
        s.outlet(),
        s.author(),
        s.publishedPrecision(),
        s.publishedStart(),
        s.publishedEnd(),
        s.publishedNote(),
        s.url(),
        s.language(),
        s.retrieved());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void an_edit_of_a_cited_source_waits_for_another_reviewer_and_then_publishes(
      TestDatabase database) {
    db = Persistence.on(database);
    SeededRegister.importInto(db);
    Source before = source(CITED);
    long revision = publishedRevision();

    boolean waits = as(BAKYT, s -> s.update(CITED, before.version(), retitled(before, "Retitled")));

    assertTrue(waits);
    Source waiting = source(CITED);
    assertEquals(before.title(), waiting.title(), "readers' title changed before review");
    assertEquals("Retitled", waiting.proposedChange().orElseThrow().title());
    assertEquals("bakyt", waiting.proposedBy());
    assertEquals(revision, publishedRevision(), "a proposal published something");
    IllegalStateException ownChange =
        assertThrows(
            IllegalStateException.class,
            () ->
                as(
                    BAKYT,
                    s -> {
                      s.approveChange(CITED, waiting.version());
                      return null;
                    }));
    assertTrue(ownChange.getMessage().contains("another reviewer"), ownChange.getMessage());
    assertThrows(
        NotAllowedException.class,
        () ->
            as(
                AIGUL,
                s -> {
                  s.approveChange(CITED, waiting.version());
                  return null;
                }));

    as(
        DANA,
        s -> {
          s.approveChange(CITED, waiting.version());
          return null;
        });

    Source approved = source(CITED);
    assertEquals("Retitled", approved.title());
    assertTrue(approved.proposedChange().isEmpty());
    assertEquals(revision + 1, publishedRevision());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_turned_down_change_leaves_the_source_as_approved(TestDatabase database) {
    db = Persistence.on(database);
    SeededRegister.importInto(db);
    Source before = source(CITED);
    as(AIGUL, s -> s.update(CITED, before.version(), retitled(before, "Never approved")));

    as(
        DANA,
        s -> {
          s.rejectChange(CITED, source(CITED).version());
          return null;
        });

    Source after = source(CITED);
    assertEquals(before.title(), after.title());
    assertTrue(after.proposedChange().isEmpty());
    assertTrue(as(DANA, SourceEditing::waitingForReview).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void an_edit_of_a_source_only_drafts_cite_applies_at_once_and_moves_their_entries_version(
      TestDatabase database) {
    db = Persistence.on(database);
    SeededRegister.importInto(db);
    String fresh = as(AIGUL, s -> s.create(retitled(source(CITED), "A fresh dispatch")));
    long railwayVersion =
        db.inTransaction(
            "aigul",
            em -> {
              Entry railway = new EntryRepository(em).byKey("project/cku-railway").orElseThrow();
              railway
                  .addClaim(
                      "railway-description-fresh",
                      "description",
                      ClaimValue.text("A description from a fresh dispatch"),
                      null,
                      null,
                      ClaimKind.ACTUAL,
                      null)
                  .cite(new SourceRepository(em).byKey(fresh).orElseThrow(), "fresh");
              em.flush();
              return railway.version();
            });

    boolean waits =
        as(
            AIGUL,
            s -> s.update(fresh, source(fresh).version(), retitled(source(fresh), "Renamed")));

    assertFalse(waits, "no reader sees the source, so nothing needs to wait");
    assertEquals("Renamed", source(fresh).title());
    long after =
        db.inTransaction(
            em -> new EntryRepository(em).byKey("project/cku-railway").orElseThrow().version());
    assertTrue(after > railwayVersion, "a reviewer could approve the entry over a changed source");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void of_two_editors_saving_one_source_at_once_the_second_is_told_and_nothing_fails(
      TestDatabase database) throws Exception {
    db = Persistence.on(database);
    SeededRegister.importInto(db);
    String fresh = as(AIGUL, s -> s.create(retitled(source(CITED), "Contested dispatch")));
    Source opened = source(fresh);
    CountDownLatch firstSaved = new CountDownLatch(1);
    CountDownLatch secondStarted = new CountDownLatch(1);

    CompletableFuture<Void> first =
        CompletableFuture.runAsync(
            () ->
                as(
                    AIGUL,
                    s -> {
                      s.update(fresh, opened.version(), retitled(opened, "First"));
                      firstSaved.countDown();
                      await(secondStarted);
                      return null;
                    }));
    firstSaved.await(30, TimeUnit.SECONDS);
    CompletableFuture<Void> second =
        CompletableFuture.runAsync(
            () ->
                as(
                    TestCallers.editor("daniyar"),
                    s -> {
                      secondStarted.countDown();
                      s.update(fresh, opened.version(), retitled(opened, "Second"));
                      return null;
                    }));

    first.get(60, TimeUnit.SECONDS);
    Throwable failure =
        assertThrows(Exception.class, () -> second.get(60, TimeUnit.SECONDS)).getCause();
    assertTrue(
        failure instanceof StaleSourceException,
        "the second save failed with " + failure + ", not the conflict message");
    assertEquals("First", source(fresh).title());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
      // Let the second save reach the row the first one holds before the first commits.
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
