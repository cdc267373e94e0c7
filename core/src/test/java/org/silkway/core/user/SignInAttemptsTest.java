package org.silkway.core.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.TestDatabase;

/**
 * The sign-in counts on H2 and PostgreSQL: kept, changed under a row lock so that servers counting
 * the same key at once all count, forgotten after their time and then removed.
 */
class SignInAttemptsTest {

  private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
  private static final Instant FORGOTTEN = NOW.minus(Duration.ofHours(1));

  private static SignInAttempts.Counts oneMore(SignInAttempts.Counts c) {
    return new SignInAttempts.Counts(c.failures() + 1, c.locks(), c.lockedUntil(), c.since());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void counts_are_kept_until_forgotten_or_an_hour_old(TestDatabase database) {
    try (Persistence db = Persistence.on(database)) {
      SignInAttemptsOn attempts = new SignInAttemptsOn(db);
      assertTrue(attempts.add("address 10.0.0.1", NOW, FORGOTTEN));
      assertFalse(attempts.add("address 10.0.0.1", NOW, FORGOTTEN));
      attempts.change(
          "address 10.0.0.1",
          NOW,
          FORGOTTEN,
          c -> new SignInAttempts.Counts(0, 1, NOW.plusSeconds(60), NOW));

      SignInAttempts.Counts stored = attempts.find("address 10.0.0.1", FORGOTTEN).orElseThrow();
      assertEquals(new SignInAttempts.Counts(0, 1, NOW.plusSeconds(60), NOW), stored);
      Instant muchLater = NOW.plus(Duration.ofHours(2));
      assertTrue(attempts.find("address 10.0.0.1", muchLater.minus(Duration.ofHours(1))).isEmpty());

      attempts.add("address 10.0.0.2", muchLater, muchLater.minus(Duration.ofHours(1)));
      assertEquals(1, attempts.rows(), "the forgotten key is removed when a new one comes");
      attempts.forget("address 10.0.0.2");
      assertEquals(0, attempts.rows());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void servers_counting_one_key_at_once_lose_no_count(TestDatabase database) throws Exception {
    try (Persistence db = Persistence.on(database)) {
      SignInAttemptsOn attempts = new SignInAttemptsOn(db);
      attempts.add("dana", NOW, FORGOTTEN);
      int threads = 4;
      int each = 10;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch start = new CountDownLatch(1);
      try {
        Future<?>[] runs = new Future<?>[threads];
        for (int t = 0; t < threads; t++) {
          runs[t] =
              pool.submit(
                  () -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                      attempts.change("dana", NOW, FORGOTTEN, SignInAttemptsTest::oneMore);
                    }
                    return null;
                  });
        }
        start.countDown();
        for (Future<?> run : runs) {
          run.get();
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(threads * each, attempts.find("dana", FORGOTTEN).orElseThrow().failures());
    }
  }
}
