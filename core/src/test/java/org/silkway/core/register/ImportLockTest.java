package org.silkway.core.register;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.TestDatabase;

/** The import lock, where the database gives up waiting for it. */
class ImportLockTest {

  @Test
  void an_import_that_waits_longer_than_h2_allows_is_told_another_import_is_filling_the_register()
      throws Exception {
    try (Persistence db = Persistence.on(TestDatabase.H2)) {
      ExecutorService holder = Executors.newSingleThreadExecutor();
      try {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holding =
            holder.submit(
                () ->
                    db.inTransaction(
                        em -> {
                          new ImportLock(em).acquire();
                          locked.countDown();
                          try {
                            // H2 waits one second for a lock by default; hold it longer.
                            release.await(10, TimeUnit.SECONDS);
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          return null;
                        }));
        locked.await();

        RegisterNotEmptyException e =
            assertThrows(
                RegisterNotEmptyException.class,
                () ->
                    db.inTransaction(
                        em -> {
                          new ImportLock(em).acquire();
                          return null;
                        }));
        release.countDown();
        holding.get(10, TimeUnit.SECONDS);
        assertTrue(e.getMessage().contains("Another import"), e.getMessage());
      } finally {
        holder.shutdownNow();
      }
    }
  }
}
