package org.silkway.core.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;

/**
 * The published revision on H2 and PostgreSQL: two publications at once take their numbers in the
 * order they commit, each with an audit revision later than the one before, and a reader who reads
 * while a publication commits gets the register of the revision it names.
 */
class PublicationsTest {

  private static final String RAILWAY = "project/cku-railway";
  private static final String PIPELINES = "project/china-kazakhstan-oil-gas-pipelines";

  private Persistence db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private Publication publication(long number) {
    return db.inTransaction(em -> new Publications(em).byNumber(number).orElseThrow());
  }

  private long latest() {
    return db.inTransaction(em -> new Publications(em).latest().orElseThrow().number());
  }

  /** Archives the entry as one publication; {@code whileHeld} runs with the counter locked. */
  private void archive(String key, Runnable whileHeld) {
    db.inTransaction(
        "bakyt",
        em ->
            new Publications(em)
                .publish(
                    "archived " + key,
                    () -> {
                      new EntryRepository(em).byKey(key).orElseThrow().archive();
                      em.flush();
                      whileHeld.run();
                      return null;
                    }));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void two_publications_at_once_are_numbered_in_the_order_they_commit(TestDatabase database)
      throws Exception {
    db = Persistence.on(database);
    SeededRegister.importInto(db);
    long before = latest();
    CountDownLatch firstHoldsTheCounter = new CountDownLatch(1);

    CompletableFuture<Void> first =
        CompletableFuture.runAsync(
            () ->
                archive(
                    RAILWAY,
                    () -> {
                      firstHoldsTheCounter.countDown();
                      pause(400);
                    }));
    assertTrue(firstHoldsTheCounter.await(30, TimeUnit.SECONDS));
    CompletableFuture<Void> second = CompletableFuture.runAsync(() -> archive(PIPELINES, () -> {}));
    first.get(60, TimeUnit.SECONDS);
    second.get(60, TimeUnit.SECONDS);

    Publication one = publication(before + 1);
    Publication two = publication(before + 2);
    assertEquals("archived " + RAILWAY, one.what(), "the one that locked first is not first");
    assertEquals("archived " + PIPELINES, two.what());
    assertTrue(
        two.auditRevision() > one.auditRevision(),
        "audit revisions out of publication order: "
            + one.auditRevision()
            + ", "
            + two.auditRevision());
    assertTrue(!two.publishedAt().isBefore(one.publishedAt()));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_reader_that_sees_a_publication_commit_while_it_reads_reads_again(TestDatabase database) {
    db = Persistence.on(database);
    SeededRegister.importInto(db);
    long before = latest();
    AtomicInteger attempts = new AtomicInteger();

    record Seen(long revision, List<String> keys) {}
    Seen seen =
        db.inTransaction(
            em ->
                new RegisterHistory(em)
                    .read(
                        Optional.empty(),
                        register -> {
                          List<String> keys = register.entries().stream().map(Entry::key).toList();
                          if (attempts.incrementAndGet() == 1) {
                            // Another editor's publication commits in the middle of this read.
                            CompletableFuture.runAsync(() -> archive(RAILWAY, () -> {})).join();
                          }
                          return new Seen(register.revision().number(), keys);
                        }));

    assertEquals(2, attempts.get(), "the reader did not read again");
    assertEquals(before + 1, seen.revision());
    assertTrue(!seen.keys().contains(RAILWAY), "the revision's name and its content disagree");
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
