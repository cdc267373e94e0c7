package org.silkway.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.silkway.core.user.SignInAttempts;
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
 * <p>The counts are in the database ({@link SignInAttempts}), not in memory: every server of a
 * cluster counts the same guesses, so five guesses are five on all nodes together, and a restart
 * forgets no lock. A grid map would have done the first, not the second, and exists only when the
 * nodes cluster; sign-in is rare enough that a few row writes per wrong password cost nothing that
 * matters. Each count is forgotten {@link #FORGET_AFTER} after its last failure (rows older than
 * that are removed as new keys come), so a flood of names costs rows for an hour, not memory. The
 * client address is what the server sees, the socket's peer: behind a proxy that is the proxy,
 * unless the server is told to take it from a trusted header.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int FAILURES_BEFORE_LOCK = 5;
  static final int FAILURES_PER_ADDRESS = 20;
  static final Duration ADDRESS_WINDOW = Duration.ofMinutes(1);
  static final Duration FIRST_LOCK = Duration.ofMinutes(1);
  static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
  static final Duration FORGET_AFTER = Duration.ofHours(1);

  /** What a client guesses. */
  public enum Guess {
    /** A password to sign in with: the sign-in page or HTTP Basic. */
    SIGN_IN,
    /** The current password, when a signed-in user changes theirs. */
    CURRENT_PASSWORD
  }

  /** Longer names are cut: a huge name costs no memory. */
  private static final int MAX_KEY_NAME = 100;

  private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

  private Clock clock;
  private SignInAttempts attempts;

  protected LoginThrottle() {}

  @Inject
  public LoginThrottle(SignInAttempts attempts) {
    this(Clock.systemUTC(), attempts);
  }

  LoginThrottle(Clock clock, SignInAttempts attempts) {
    this.clock = clock;
    this.attempts = attempts;
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
    Duration forName = left(stored(nameKey(guess, address, username), now), now);
    Duration forAddress = left(stored(addressKey(address), now), now);
    return forName.compareTo(forAddress) >= 0 ? forName : forAddress;
  }

  void failed(Guess guess, String address, String username) {
    Instant now = clock.instant();
    count(
        nameKey(guess, address, username),
        now,
        a -> Attempts.after(a, now).failedOnce(FAILURES_BEFORE_LOCK, now));
    count(
        addressKey(address),
        now,
        a ->
            Attempts.after(a, now)
                .withinWindow(ADDRESS_WINDOW, now)
                .failedOnce(FAILURES_PER_ADDRESS, now));
  }

  void succeeded(Guess guess, String address, String username) {
    attempts.forget(nameKey(guess, address, username));
  }

  private Attempts stored(String key, Instant now) {
    return attempts.find(key, now.minus(FORGET_AFTER)).map(Attempts::of).orElse(null);
  }

  /** One more failure for {@code key}, counted under the row's lock. */
  private void count(String key, Instant now, java.util.function.UnaryOperator<Attempts> change) {
    Instant forgotten = now.minus(FORGET_AFTER);
    try {
      attempts.add(key, now, forgotten);
    } catch (RuntimeException added) {
      // Another server added the same new key at this moment; change() below counts on its row.
      LOG.log(Level.FINE, "Sign-in count added by another server", added);
    }
    attempts.change(key, now, forgotten, c -> change.apply(Attempts.of(c)).counts());
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

    static Attempts of(SignInAttempts.Counts stored) {
      return new Attempts(stored.failures(), stored.locks(), stored.lockedUntil(), stored.since());
    }

    SignInAttempts.Counts counts() {
      return new SignInAttempts.Counts(failures, locks, lockedUntil, since);
    }

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
