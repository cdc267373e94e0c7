package org.silkway.core.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.silkway.core.persistence.ColumnLimits;
import org.silkway.core.text.InvalidFieldException;

/**
 * Someone who signs in to curate the register: a user name (a lowercase slug, fixed once created),
 * one {@link Role}, a password kept only as a {@link PasswordHash} (every new one checked by the
 * {@link PasswordPolicy}), whether they may sign in, and whether they must choose a new password
 * before doing anything else (true for every password an administrator set). The password serial
 * counts the password's changes, so that sessions signed in with an earlier password can be told
 * apart and ended.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = User.BY_NAME, query = "select u from User u where u.username = :username")
@NamedQuery(name = User.COUNT, query = "select count(u) from User u")
@NamedQuery(
    name = User.COUNT_ENABLED_IN_ROLE,
    query = "select count(u) from User u where u.role = :role and u.enabled = true")
@NamedQuery(
    name = User.COUNT_WITH_PASSWORD,
    query = "select count(u) from User u where u.passwordHash <> :none")
public class User {

  static final String BY_NAME = "User.byName";
  static final String COUNT = "User.count";
  static final String COUNT_WITH_PASSWORD = "User.countWithPassword";
  static final String COUNT_ENABLED_IN_ROLE = "User.countEnabledInRole";

  /** Passwords with fewer visible characters are refused. */
  public static final int MIN_PASSWORD = PasswordPolicy.MIN_VISIBLE;

  /** Longer passwords are refused: no one types more, and hashing them is work for nothing. */
  public static final int MAX_PASSWORD = PasswordPolicy.MAX_LENGTH;

  public static final int MAX_NAME = 40;

  private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1," + (MAX_NAME - 1) + "}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, unique = true, length = ColumnLimits.USER_NAME)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 10)
  private Role role;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "password_serial", nullable = false)
  private long passwordSerial;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected User() {}

  /**
   * A new, enabled user who must change {@code initialPassword} at first sign-in.
   *
   * @throws InvalidFieldException naming {@code username}, {@code role} or {@code password}
   */
  public User(String username, Role role, String initialPassword, Instant createdAt) {
    this.username = validUsername(username);
    this.role = validRole(role);
    this.passwordHash =
        PasswordHash.of(PasswordPolicy.check("password", initialPassword, this.username));
    this.enabled = true;
    this.mustChangePassword = true;
    this.createdAt = createdAt;
  }

  /** What a user name may be, in words: forms show it before anyone types one. */
  public static final String USERNAME_RULE =
      "2 to " + MAX_NAME + " letters (a to z), digits or hyphens, starting with a letter";

  /**
   * The user name as Silkway keeps it: trimmed and lowercased, 2 to 40 letters, digits or hyphens,
   * starting with a letter.
   *
   * @throws InvalidFieldException naming {@code username}
   */
  public static String validUsername(String username) {
    String name = normalized(username);
    if (name.isEmpty()) {
      throw new InvalidFieldException("username", "Enter a user name");
    }
    if (!SLUG.matcher(name).matches()) {
      throw new InvalidFieldException("username", "A user name is " + USERNAME_RULE);
    }
    return name;
  }

  /** How a typed user name is compared: trimmed and lowercased; never null. */
  public static String normalized(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a typed user name could be looked up at all: no control character (a NUL, a line
   * break), which no user name holds and some databases refuse in a query.
   */
  public static boolean isTypable(String username) {
    return username != null && username.codePoints().noneMatch(Character::isISOControl);
  }

  private static Role validRole(Role role) {
    if (role == null) {
      throw new InvalidFieldException("role", "Choose a role");
    }
    return role;
  }

  /**
   * Whether {@code password} is this user's; false for a disabled user. A right password whose hash
   * was made with fewer iterations than Silkway uses now is hashed again, while it is in hand (the
   * serial stays: it is the same password).
   */
  public boolean canSignInWith(String password) {
    boolean matches = PasswordHash.matches(password, passwordHash);
    if (matches && enabled && PasswordHash.isOutdated(passwordHash)) {
      passwordHash = PasswordHash.of(password);
    }
    return matches && enabled;
  }

  /**
   * The user's own change: needs the current password, and a new one that differs from it.
   *
   * @throws InvalidFieldException naming {@code current} or {@code password}
   */
  public void changePassword(String current, String newPassword) {
    if (current == null || current.isEmpty()) {
      throw new InvalidFieldException("current", "Enter your current password");
    }
    if (!PasswordHash.matches(current, passwordHash)) {
      throw new InvalidFieldException("current", "This is not your current password");
    }
    PasswordPolicy.check("password", newPassword, username);
    if (newPassword.equals(current)) {
      throw new InvalidFieldException(
          "password", "Choose a new password: this one is your current password");
    }
    passwordHash = PasswordHash.of(newPassword);
    mustChangePassword = false;
    passwordSerial++;
  }

  /**
   * An administrator sets a new password, which the user must change at next sign-in.
   *
   * @throws InvalidFieldException naming {@code password}
   */
  public void resetPassword(String newPassword) {
    passwordHash = PasswordHash.of(PasswordPolicy.check("password", newPassword, username));
    mustChangePassword = true;
    passwordSerial++;
  }

  void changeRole(Role newRole) {
    this.role = validRole(newRole);
  }

  void disable() {
    enabled = false;
  }

  void enable() {
    enabled = true;
  }

  public String username() {
    return username;
  }

  public Role role() {
    return role;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  /**
   * How many times the password was changed or reset: a session remembers it at sign-in and ends
   * when it no longer matches.
   */
  public long passwordSerial() {
    return passwordSerial;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** Whether this user is an enabled administrator: one of those who must not all go. */
  boolean isActiveAdministrator() {
    return enabled && role == Role.ADMIN;
  }
}
