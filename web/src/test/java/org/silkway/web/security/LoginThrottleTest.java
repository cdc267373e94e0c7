package org.silkway.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

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

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  private void fail(String name, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(name);
    }
  }

  @Test
  void four_failures_do_not_lock_the_fifth_locks_for_a_minute() {
    fail("dana", 4);
    assertEquals(Duration.ZERO, throttle.waitFor("dana"));

    fail("dana", 1);
    assertEquals(Duration.ofMinutes(1), throttle.waitFor("dana"));
  }

  @Test
  void each_further_lock_doubles_up_to_a_quarter_of_an_hour() {
    Duration[] expected = {
      Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
      Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15)
    };
    for (Duration lock : expected) {
      fail("dana", 5);
      assertEquals(lock, throttle.waitFor("dana"));
      clock.now = clock.now.plus(lock);
      assertEquals(Duration.ZERO, throttle.waitFor("dana"));
    }
  }

  @Test
  void a_success_forgets_the_failures() {
    fail("dana", 4);
    throttle.succeeded("dana");
    fail("dana", 4);

    assertEquals(Duration.ZERO, throttle.waitFor("dana"));
  }

  @Test
  void names_are_counted_as_sign_in_compares_them_and_apart_from_each_other() {
    fail(" Dana ", 5);

    assertEquals(Duration.ofMinutes(1), throttle.waitFor("dana"));
    assertEquals(Duration.ZERO, throttle.waitFor("aigerim"));
  }

  @Test
  void a_flood_of_names_is_bounded() {
    for (int i = 0; i < LoginThrottle.MAX_NAMES + 500; i++) {
      throttle.failed("name-" + i);
    }
    assertTrue(throttle.size() <= LoginThrottle.MAX_NAMES);
  }
}
