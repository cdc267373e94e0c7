package org.silkway.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.silkway.core.user.User;

/**
 * Slows down password guessing: after {@value #FAILURES_BEFORE_LOCK} failed sign-ins in a row with
 * one user name, that name must wait a minute before it may try again, twice as long after each
 * further lock, at most a quarter of an hour. A success clears the name.
 *
 * <p>It counts per <em>submitted</em> name, whether or not such a user exists, so a lock tells
 * nobody which names are real. It is in memory and bounded ({@value #MAX_NAMES} names, the least
 * recently failed forgotten first): a restart or a flood of names forgets locks, which costs an
 * attacker a restart or more requests than the lock would have let through.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int FAILURES_BEFORE_LOCK = 5;
  static final Duration FIRST_LOCK = Duration.ofMinutes(1);
  static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
  static final int MAX_NAMES = 10_000;

  private final Clock clock;

  private final Map<String, Attempts> attempts =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Attempts> eldest) {
          return size() > MAX_NAMES;
        }
      };

  public LoginThrottle() {
    this(Clock.systemUTC());
  }

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long {@code username} must still wait; zero when it may try now. */
  public synchronized Duration waitFor(String username) {
    Attempts a = attempts.get(key(username));
    if (a == null || a.lockedUntil == null) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), a.lockedUntil);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** Counts a failed sign-in; the {@value #FAILURES_BEFORE_LOCK}th in a row locks the name. */
  public synchronized void failed(String username) {
    Attempts a = attempts.computeIfAbsent(key(username), k -> new Attempts());
    a.failures++;
    if (a.failures >= FAILURES_BEFORE_LOCK) {
      Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(a.locks, 10));
      if (lock.compareTo(LONGEST_LOCK) > 0) {
        lock = LONGEST_LOCK;
      }
      a.lockedUntil = clock.instant().plus(lock);
      a.locks++;
      a.failures = 0;
    }
  }

  /** A successful sign-in forgets the name's failures and locks. */
  public synchronized void succeeded(String username) {
    attempts.remove(key(username));
  }

  synchronized int size() {
    return attempts.size();
  }

  /** Names compare as sign-in compares them, bounded so a huge name costs no memory. */
  private static String key(String username) {
    String name = User.normalized(username);
    return name.length() > 100 ? name.substring(0, 100) : name;
  }

  private static final class Attempts {
    int failures;
    int locks;
    Instant lockedUntil;
  }
}
