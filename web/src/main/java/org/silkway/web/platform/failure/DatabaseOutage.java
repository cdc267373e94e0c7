package org.silkway.web.platform.failure;

import java.time.Duration;
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

  /** The database answered again: the outage ends with its summary line. */
  static void ended() {
    Episode episode = CURRENT.getAndSet(null);
    if (episode != null) {
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
