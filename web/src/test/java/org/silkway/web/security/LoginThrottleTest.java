package org.silkway.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.TestDatabase;
import org.silkway.core.user.SignInAttemptsOn;

/** The lockout's rules, counted where the server counts them: in the database (H2 here). */
class LoginThrottleTest {

  private static final Persistence DATABASE = Persistence.on(TestDatabase.H2);
  private static final SignInAttemptsOn ATTEMPTS = new SignInAttemptsOn(DATABASE);

  @AfterAll
  static void close() {
    DATABASE.close();
  }

  @BeforeEach
  void nothingCounted() {
    ATTEMPTS.clear();
  }

  private static final class MovableClock extends Clock {
    Instant now = Instant.parse("2025-06-17T10:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static final String HOME = "127.0.0.1";
  private static final String STRANGER = "127.0.0.2";

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle = new LoginThrottle(clock, ATTEMPTS);

  private void fail(String address, String name, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(address, name);
    }
  }

  @Test
  void four_failures_do_not_lock_the_fifth_locks_for_a_minute() {
    fail(HOME, "dana", 4);
    assertEquals(Duration.ZERO, throttle.waitFor(HOME, "dana"));

    fail(HOME, "dana", 1);
    assertEquals(Duration.ofMinutes(1), throttle.waitFor(HOME, "dana"));
  }

  @Test
  void each_further_lock_doubles_up_to_a_quarter_of_an_hour() {
    Duration[] expected = {
      Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
      Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15)
    };
    for (Duration lock : expected) {
      fail(HOME, "dana", 5);
      assertEquals(lock, throttle.waitFor(HOME, "dana"));
      clock.now = clock.now.plus(lock);
      assertEquals(Duration.ZERO, throttle.waitFor(HOME, "dana"));
    }
  }

  @Test
  void a_strangers_failures_lock_the_stranger_and_not_the_user_at_home() {
    fail(STRANGER, "admin", 12);

    assertTrue(throttle.waitFor(STRANGER, "admin").compareTo(Duration.ZERO) > 0);
    assertEquals(Duration.ZERO, throttle.waitFor(HOME, "admin"));
  }

  @Test
  void one_address_trying_many_names_is_locked_at_twenty_failures() {
    for (int i = 0; i < LoginThrottle.FAILURES_PER_ADDRESS - 1; i++) {
      throttle.failed(STRANGER, "name-" + i);
    }
    assertEquals(Duration.ZERO, throttle.waitFor(STRANGER, "someone-else"));

    throttle.failed(STRANGER, "one-more");

    assertEquals(Duration.ofMinutes(1), throttle.waitFor(STRANGER, "someone-else"));
    assertEquals(Duration.ZERO, throttle.waitFor(HOME, "someone-else"));
  }

  @Test
  void failures_from_one_address_spread_over_more_than_a_minute_do_not_lock_it() {
    for (int i = 0; i < 3 * LoginThrottle.FAILURES_PER_ADDRESS; i++) {
      throttle.failed(HOME, "typo-" + i);
      clock.now = clock.now.plusSeconds(10);
    }

    assertEquals(Duration.ZERO, throttle.waitFor(HOME, "someone"));
  }

  @Test
  void a_success_forgets_the_failures_with_that_name_but_not_those_of_the_address() {
    fail(HOME, "dana", 4);
    throttle.succeeded(HOME, "dana");
    fail(HOME, "dana", 4);
    assertEquals(Duration.ZERO, throttle.waitFor(HOME, "dana"));

    for (int i = 0; i < 5; i++) {
      fail(STRANGER, "victim-" + i, 4);
      throttle.succeeded(STRANGER, "own-account");
    }
    assertEquals(Duration.ofMinutes(1), throttle.waitFor(STRANGER, "own-account"));
  }

  @Test
  void wrong_current_passwords_are_counted_apart_from_sign_ins_and_not_cleared_by_them() {
    LoginThrottle.Guess current = LoginThrottle.Guess.CURRENT_PASSWORD;
    for (int i = 0; i < 4; i++) {
      throttle.failed(current, HOME, "dana");
      throttle.succeeded(HOME, "dana");
    }
    assertEquals(Duration.ZERO, throttle.waitFor(current, HOME, "dana"));

    throttle.failed(current, HOME, "dana");

    assertEquals(Duration.ofMinutes(1), throttle.waitFor(current, HOME, "dana"));
    assertEquals(Duration.ZERO, throttle.waitFor(HOME, "dana"));
  }

  @Test
  void names_are_counted_as_sign_in_compares_them_and_apart_from_each_other() {
    fail(HOME, " Dana ", 5);

    assertEquals(Duration.ofMinutes(1), throttle.waitFor(HOME, "dana"));
    assertEquals(Duration.ZERO, throttle.waitFor(HOME, "aigerim"));
  }

  @Test
  void failures_are_forgotten_an_hour_after_the_last() {
    fail(HOME, "dana", 4);
    clock.now = clock.now.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1);
    fail(HOME, "dana", 1);

    assertEquals(Duration.ZERO, throttle.waitFor(HOME, "dana"));
  }

  @Test
  void the_lock_message_says_how_many_minutes_and_nothing_of_the_name() {
    assertEquals(
        "Too many wrong passwords. Wait 1 minute and try again.",
        LoginThrottle.lockedMessage(Duration.ofSeconds(20)));
    assertEquals(
        "Too many wrong passwords. Wait 15 minutes and try again.",
        LoginThrottle.lockedMessage(Duration.ofMinutes(15)));
  }

  @Test
  void a_flood_of_names_is_removed_an_hour_after_its_last_failure() {
    for (int i = 0; i < 100; i++) {
      throttle.failed("10.0.0." + (i % 50), "name-" + i);
    }
    assertEquals(150, ATTEMPTS.rows(), "a count per address and name, and one per address");

    clock.now = clock.now.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1);
    throttle.failed(HOME, "dana");

    assertEquals(2, ATTEMPTS.rows());
  }

  @Test
  void a_lock_outlives_the_throttle_that_counted_it() {
    fail(HOME, "dana", 5);

    LoginThrottle afterRestart = new LoginThrottle(clock, ATTEMPTS);
    assertEquals(Duration.ofMinutes(1), afterRestart.waitFor(HOME, "dana"));
  }
}
