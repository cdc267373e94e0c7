package org.silkway.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.silkway.core.user.User;

/**
 * Slows down password guessing without handing strangers a way to lock a user out. Wrong passwords
 * (sign-in page, HTTP Basic, or the current password when changing one) are counted twice:
 *
 * <ul>
 *   <li>per client address <em>and</em> user name: the {@value #FAILURES_BEFORE_LOCK}th in a row
 *       locks that name <em>from that address</em> for a minute, twice as long after each further
 *       lock, at most a quarter of an hour. Someone guessing from elsewhere never stops the user's
 *       own sign-in, and a session that is already signed in is not asked again;
 *   <li>per client address, whatever the names: the {@value #FAILURES_PER_ADDRESS}th within {@link
 *       #ADDRESS_WINDOW} locks the address in the same steps, so that one client can neither try
 *       many names nor make the server hash passwords for names that do not exist as fast as it
 *       likes (a bogus Basic header costs a full hash). A window rather than "in a row", so that a
 *       busy office behind one address is not locked by a few typing errors spread over a day.
 * </ul>
 *
 * <p>A success clears that address's count for that name (not the address's own count, so an
 * attacker cannot reset it by signing in to an account of their own). Wrong current passwords are
 * counted apart from wrong sign-ins ({@link Guess#CURRENT_PASSWORD}), with the same rules and the
 * same address count: a script that signs in with Basic on every request would otherwise clear them
 * each time. Names count as sign-in compares them and whether or not such a user exists, so a lock
 * tells nobody which names are real.
 *
 * <p>The counts are in memory (a later issue shares them across a cluster): a Caffeine cache of at
 * most {@value #MAX_ENTRIES} entries, each forgotten {@link #FORGET_AFTER} after its last failure.
 * A restart or a flood of entries may forget a lock, which costs an attacker a restart or more
 * requests than the lock would have let through. The client address is what the server sees, the
 * socket's peer: behind a proxy that is the proxy, unless the server is told to take it from a
 * trusted header.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int FAILURES_BEFORE_LOCK = 5;
  static final int FAILURES_PER_ADDRESS = 20;
  static final Duration ADDRESS_WINDOW = Duration.ofMinutes(1);
  static final Duration FIRST_LOCK = Duration.ofMinutes(1);
  static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
  static final Duration FORGET_AFTER = Duration.ofHours(1);
  static final int MAX_ENTRIES = 20_000;

  /** What a client guesses. */
  public enum Guess {
    /** A password to sign in with: the sign-in page or HTTP Basic. */
    SIGN_IN,
    /** The current password, when a signed-in user changes theirs. */
    CURRENT_PASSWORD
  }

  /** Longer names are cut: a huge name costs no memory. */
  private static final int MAX_KEY_NAME = 100;

  private final Clock clock;
  private final Cache<String, Attempts> attempts;

  public LoginThrottle() {
    this(Clock.systemUTC());
  }

  LoginThrottle(Clock clock) {
    this.clock = clock;
    Ticker ticker = () -> clock.millis() * 1_000_000L;
    this.attempts =
        Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES)
            .expireAfterWrite(FORGET_AFTER)
            .ticker(ticker)
            // Evict on the calling thread: no work on the common pool behind the container's back.
            .executor(Runnable::run)
            .build();
  }

  /** How long this client must still wait before it may try {@code username}; zero when now. */
  public Duration waitFor(HttpServletRequest request, String username) {
    return waitFor(Guess.SIGN_IN, address(request), username);
  }

  /** Counts a wrong password for {@code username} from this client. */
  public void failed(HttpServletRequest request, String username) {
    failed(Guess.SIGN_IN, address(request), username);
  }

  /** A right password forgets this client's failures with {@code username}. */
  public void succeeded(HttpServletRequest request, String username) {
    succeeded(Guess.SIGN_IN, address(request), username);
  }

  /** As {@link #waitFor(HttpServletRequest, String)}, for another kind of guess. */
  public Duration waitFor(Guess guess, HttpServletRequest request, String username) {
    return waitFor(guess, address(request), username);
  }

  public void failed(Guess guess, HttpServletRequest request, String username) {
    failed(guess, address(request), username);
  }

  public void succeeded(Guess guess, HttpServletRequest request, String username) {
    succeeded(guess, address(request), username);
  }

  Duration waitFor(String address, String username) {
    return waitFor(Guess.SIGN_IN, address, username);
  }

  void failed(String address, String username) {
    failed(Guess.SIGN_IN, address, username);
  }

  void succeeded(String address, String username) {
    succeeded(Guess.SIGN_IN, address, username);
  }

  Duration waitFor(Guess guess, String address, String username) {
    Instant now = clock.instant();
    Duration forName = left(attempts.getIfPresent(nameKey(guess, address, username)), now);
    Duration forAddress = left(attempts.getIfPresent(addressKey(address)), now);
    return forName.compareTo(forAddress) >= 0 ? forName : forAddress;
  }

  void failed(Guess guess, String address, String username) {
    Instant now = clock.instant();
    attempts
        .asMap()
        .compute(
            nameKey(guess, address, username),
            (k, a) -> Attempts.after(a, now).failedOnce(FAILURES_BEFORE_LOCK, now));
    attempts
        .asMap()
        .compute(
            addressKey(address),
            (k, a) ->
                Attempts.after(a, now)
                    .withinWindow(ADDRESS_WINDOW, now)
                    .failedOnce(FAILURES_PER_ADDRESS, now));
  }

  void succeeded(Guess guess, String address, String username) {
    attempts.invalidate(nameKey(guess, address, username));
  }

  long size() {
    attempts.cleanUp();
    return attempts.estimatedSize();
  }

  /** The sentence a locked client reads: the same whether or not the user exists. */
  public static String lockedMessage(Duration wait) {
    long minutes = Math.max(1, (wait.getSeconds() + 59) / 60);
    return "Too many wrong passwords. Wait "
        + minutes
        + (minutes == 1 ? " minute" : " minutes")
        + " and try again.";
  }

  private static Duration left(Attempts a, Instant now) {
    if (a == null || a.lockedUntil() == null || !a.lockedUntil().isAfter(now)) {
      return Duration.ZERO;
    }
    return Duration.between(now, a.lockedUntil());
  }

  private static String address(HttpServletRequest request) {
    String address = request.getRemoteAddr();
    return address == null ? "" : address;
  }

  private static String addressKey(String address) {
    return "address " + address;
  }

  /** Names compare as sign-in compares them. */
  private static String nameKey(Guess guess, String address, String username) {
    String name = User.normalized(username);
    if (name.length() > MAX_KEY_NAME) {
      name = name.substring(0, MAX_KEY_NAME);
    }
    return guess + " " + address + " " + name;
  }

  /**
   * Failures counted since {@code since} (the last lock, or the start of the window), locks so far,
   * and until when the current lock lasts.
   */
  record Attempts(int failures, int locks, Instant lockedUntil, Instant since) {

    static Attempts after(Attempts previous, Instant now) {
      return previous == null ? new Attempts(0, 0, null, now) : previous;
    }

    /** These attempts with failures older than {@code window} forgotten. */
    Attempts withinWindow(Duration window, Instant now) {
      return since.plus(window).isBefore(now) ? new Attempts(0, locks, lockedUntil, now) : this;
    }

    Attempts failedOnce(int threshold, Instant now) {
      if (failures + 1 < threshold) {
        return new Attempts(failures + 1, locks, lockedUntil, since);
      }
      Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(locks, 10));
      if (lock.compareTo(LONGEST_LOCK) > 0) {
        lock = LONGEST_LOCK;
      }
      return new Attempts(0, locks + 1, now.plus(lock), now);
    }
  }
}
