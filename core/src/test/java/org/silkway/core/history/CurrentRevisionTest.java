package org.silkway.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.silkway.core.publication.Published;

class CurrentRevisionTest {

  private static RegisterRevision revision(long number) {
    return new RegisterRevision(number, Instant.ofEpochSecond(number));
  }

  @Test
  void theDatabaseIsAskedOnceAndThenEventsMoveTheRevision() {
    AtomicInteger asked = new AtomicInteger();
    CurrentRevision current =
        new CurrentRevision(
            () -> {
              asked.incrementAndGet();
              return Optional.of(revision(7));
            });

    assertEquals(7, current.get().orElseThrow().number());
    current.published(new Published(revision(8)));
    assertEquals(8, current.get().orElseThrow().number());
    current.get();

    assertEquals(1, asked.get());
  }

  @Test
  void aLateOrRepeatedEventNeverMovesTheRevisionBack() {
    CurrentRevision current = new CurrentRevision(() -> Optional.of(revision(3)));
    current.published(new Published(revision(5)));
    current.published(new Published(revision(4)));
    current.published(new Published(revision(5)));

    assertEquals(5, current.get().orElseThrow().number());
  }

  @Test
  void anEmptyRegisterHasNoRevisionUntilTheFirstPublication() {
    CurrentRevision current = new CurrentRevision(Optional::empty);
    assertTrue(current.get().isEmpty());

    current.published(new Published(revision(1)));

    assertEquals(1, current.get().orElseThrow().number());
  }
}
