package org.silkway.core.user;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords as Silkway stores them: PBKDF2 with HMAC-SHA-256, a random 16-byte salt per password
 * and 600,000 iterations (OWASP's figure for this function), written as {@code
 * pbkdf2-sha256$iterations$salt$hash}. The iterations travel with the hash, so that raising them
 * leaves existing passwords readable; a hash with fewer than {@link #ITERATIONS} is {@linkplain
 * #isOutdated outdated}, and sign-in replaces it while it has the password in hand.
 */
public final class PasswordHash {

  static final int ITERATIONS = 600_000;
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final String SCHEME = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * A hash of a password nobody has, to spend the same time on an unknown user name as on a known
   * one: how long a sign-in takes must not tell whether the user exists.
   */
  private static final String DECOY = of("decoy password that matches nothing");

  /**
   * What a user restored from a backup without password hashes has instead of one: not a hash of
   * any password, so it matches none ({@link #matches} reads only {@code pbkdf2-sha256$...}), and
   * such a user signs in only once an administrator has set a password.
   */
  public static final String NONE = "none";

  private PasswordHash() {}

  /** Hashes a password with a fresh salt. */
  public static String of(String password) {
    return of(password, ITERATIONS);
  }

  /** Hashes with another count of iterations: for tests of hashes made before a raise. */
  static String of(String password, int iterations) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return format(iterations, salt, derive(password, salt, iterations));
  }

  /** Whether {@code stored} was made with fewer iterations than Silkway uses now. */
  static boolean isOutdated(String stored) {
    String[] parts = stored == null ? new String[0] : stored.split("\\$");
    if (parts.length != 4 || !SCHEME.equals(parts[0])) {
      return false;
    }
    try {
      return Integer.parseInt(parts[1]) < ITERATIONS;
    } catch (NumberFormatException malformed) {
      return false;
    }
  }

  /**
   * Whether {@code password} is the one {@code stored} was made from; compares in constant time.
   */
  public static boolean matches(String password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split("\\$");
    if (password == null || parts.length != 4 || !SCHEME.equals(parts[0])) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      if (iterations < 1 || iterations > 10 * ITERATIONS) {
        return false;
      }
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /** Spends the time of one {@link #matches} on nothing, for a user name that does not exist. */
  static void spendTime(String password) {
    matches(password == null ? "" : password, DECOY);
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
    } finally {
      spec.clearPassword();
    }
  }

  private static String format(int iterations, byte[] salt, byte[] hash) {
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    String text =
        SCHEME
            + "$"
            + iterations
            + "$"
            + base64.encodeToString(salt)
            + "$"
            + base64.encodeToString(hash);
    Arrays.fill(hash, (byte) 0);
    return text;
  }
}
