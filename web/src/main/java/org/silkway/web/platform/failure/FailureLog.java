package org.silkway.web.platform.failure;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs what a user is not shown: the cause of a failure with its stack trace, under an id that the
 * user's answer carries too, so that an operator finds the line a user reports.
 */
final class FailureLog {

  private static final Logger LOG = Logger.getLogger("org.silkway.failure");
  private static final SecureRandom RANDOM = new SecureRandom();

  private FailureLog() {}

  /** A short id that is unique enough to find one line in a day's log: {@code 3f9a1c07e2b4}. */
  static String newId() {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  static void log(Level level, String id, String what, Throwable cause) {
    LOG.log(level, "Silkway error " + id + ": " + what, cause);
  }
}
