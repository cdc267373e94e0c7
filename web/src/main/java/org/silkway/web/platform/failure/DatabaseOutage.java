package org.silkway.web.platform.failure;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The log of a database outage: one line when the first request fails (with its cause), one summary
 * line when the database answers again ("database unavailable for 31 s, 1,760 requests answered
 * 503"), and nothing for the requests in between. Under load a stack trace per 503 filled the log
 * by hundreds of megabytes in half a minute, and told an operator nothing the first one did not.
 * Every 503 of an outage carries the same error id: the episode's.
 */
final class DatabaseOutage {

  private static final Logger LOG = Logger.getLogger("org.silkway.failure");

  private static final AtomicReference<Episode> CURRENT = new AtomicReference<>();

  /**
   * How long after an outage's end a failure no rule explains is still taken for one of its: a
   * request that began while the database was away can fail after the check that saw it back.
   */
  private static final Duration AFTERMATH = Duration.ofSeconds(10);

  /** When the last outage ended ({@link System#nanoTime}), or never. */
  private static final AtomicReference<Long> LAST_ENDED = new AtomicReference<>();

  private DatabaseOutage() {}

  /** One outage: when it began and how many answers it has cost. */
  private record Episode(String id, long startedNanos, AtomicLong answered) {}

  /**
   * Counts a request answered 503 because the database is unreachable; the first of an outage is
   * logged with its cause.
   *
   * @return the outage's error id
   */
  static String failed(String request, Throwable cause) {
    while (true) {
      Episode episode = CURRENT.get();
      if (episode == null) {
        Episode first = new Episode(FailureLog.newId(), System.nanoTime(), new AtomicLong());
        if (!CURRENT.compareAndSet(null, first)) {
          continue;
        }
        FailureLog.log(
            Level.WARNING,
            first.id(),
            "database unavailable, first failure during "
                + request
                + "; every request that needs it is answered 503 under this id until it is back",
            cause);
        episode = first;
      }
      episode.answered().incrementAndGet();
      return episode.id();
    }
  }

  static boolean isOngoing() {
    return CURRENT.get() != null;
  }

  /**
   * A failure of no known kind, while the database is away or just after: an outage cuts a request
   * in more ways than its exceptions name (a connection the pool closed under a page, a commit
   * without a cause), and "try again shortly" is then the right answer, not an internal error. The
   * failure is logged with its cause under the outage's id, so it can still be read.
   *
   * @return the outage's error id, or empty when no outage is going on or just ended
   */
  static Optional<String> explains(String request, Throwable error) {
    Episode episode = CURRENT.get();
    Long ended = LAST_ENDED.get();
    boolean justEnded = ended != null && System.nanoTime() - ended < AFTERMATH.toNanos();
    if (episode == null && !justEnded) {
      return Optional.empty();
    }
    String id = episode != null ? episode.id() : FailureLog.newId();
    if (episode != null) {
      episode.answered().incrementAndGet();
    }
    FailureLog.log(
        Level.WARNING, id, "failure during a database outage, answered 503: " + request, error);
    return Optional.of(id);
  }

  /** No outage going on or just past, as at start-up (for tests that need a known start). */
  static void clear() {
    CURRENT.set(null);
    LAST_ENDED.set(null);
  }

  /** The database answered again: the outage ends with its summary line. */
  static void ended() {
    Episode episode = CURRENT.getAndSet(null);
    if (episode != null) {
      LAST_ENDED.set(System.nanoTime());
      long seconds = Duration.ofNanos(System.nanoTime() - episode.startedNanos()).toSeconds();
      LOG.log(
          Level.WARNING,
          String.format(
              "Silkway error %s: database unavailable for %,d s, %,d requests answered 503; it"
                  + " answers again",
              episode.id(), seconds, episode.answered().get()));
    }
  }
}
