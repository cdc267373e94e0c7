package org.silkway.core.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.silkway.core.access.Caller;
import org.silkway.core.access.Callers;
import org.silkway.core.text.InvalidFieldException;

/**
 * Who may sign in, and as what: administrators create users, change their role, disable, enable and
 * reset their password; every user changes their own password; sign-in verifies a password. Rules
 * that span users live here: a user name is taken once, and the last enabled administrator can be
 * neither disabled nor demoted, so that someone can always manage users.
 *
 * <p>Who asks is the caller the container authenticated ({@link Callers}), never an argument: only
 * an administrator manages users, and a user changes only their own password. The one change open
 * to nobody in particular is {@link #createFirstAdministrator}, which works only while there is no
 * user at all.
 */
@ApplicationScoped
@Transactional
public class UserAccounts {

  private static final Logger LOG = Logger.getLogger(UserAccounts.class.getName());

  /** The first administrator's user name. */
  public static final String FIRST_ADMINISTRATOR = "admin";

  private UserRepository users;
  private Callers callers;
  private Clock clock;
  private Optional<String> administratorReset;

  protected UserAccounts() {}

  @Inject
  public UserAccounts(
      UserRepository users,
      Callers callers,
      @ConfigProperty(name = "silkway.admin.reset-password") Optional<String> administratorReset) {
    this(users, callers, Clock.systemUTC(), administratorReset);
  }

  /** For use outside a container (tools, tests): no administrator reset configured. */
  public UserAccounts(UserRepository users, Callers callers, Clock clock) {
    this(users, callers, clock, Optional.empty());
  }

  /** For use outside a container, with what {@code silkway.admin.reset-password} would say. */
  public UserAccounts(
      UserRepository users, Callers callers, Clock clock, Optional<String> administratorReset) {
    this.users = users;
    this.callers = callers;
    this.clock = clock;
    this.administratorReset = administratorReset.filter(p -> !p.isBlank());
  }

  /**
   * The user whose name and password these are, if they exist, are enabled and the password
   * matches. Takes as long for a name that does not exist as for one that does. A right password
   * whose hash is outdated is hashed again with today's iterations.
   */
  public Optional<User> verify(String username, String password) {
    if (password == null || password.length() > User.MAX_PASSWORD || !User.isTypable(username)) {
      return Optional.empty();
    }
    Optional<User> user = users.byName(username);
    if (user.isEmpty()) {
      PasswordHash.spendTime(password);
      return Optional.empty();
    }
    return user.filter(u -> u.canSignInWith(password));
  }

  public Optional<User> find(String username) {
    return users.byName(username);
  }

  /**
   * Creates an enabled user who must change the initial password at first sign-in.
   *
   * @throws InvalidFieldException naming {@code username}, {@code role} or {@code password}
   */
  public User create(String username, Role role, String initialPassword) {
    Caller by = callers.require(Role.ADMIN, "create users");
    String name = User.validUsername(username);
    if (users.byName(name).isPresent()) {
      throw new InvalidFieldException("username", "There is already a user named " + name);
    }
    User user = new User(name, role, initialPassword, clock.instant());
    users.add(user);
    users.flush();
    LOG.info(() -> by.name() + " created user " + name + " as " + user.role().label());
    return user;
  }

  /**
   * Creates the first administrator, {@value #FIRST_ADMINISTRATOR}, when nobody can sign in: when
   * there is no user at all, or when every user was restored from a backup without password hashes
   * ({@link PasswordHash#NONE}). A restored {@value #FIRST_ADMINISTRATOR} then gets the password,
   * is enabled and made an administrator again, so that a restore never locks the operator out.
   * What start-up does, with nobody signed in, so it asks for no role. Once any user has a password
   * it does nothing, whoever calls it.
   *
   * @return whether {@value #FIRST_ADMINISTRATOR} was given the password
   */
  public boolean createFirstAdministrator(String initialPassword) {
    if (users.count() > 0 && users.countWithPassword() > 0) {
      return false;
    }
    Optional<User> restored = users.byName(FIRST_ADMINISTRATOR);
    if (restored.isPresent()) {
      User admin = restored.get();
      admin.resetPassword(initialPassword);
      admin.changeRole(Role.ADMIN);
      admin.enable();
    } else {
      users.add(new User(FIRST_ADMINISTRATOR, Role.ADMIN, initialPassword, clock.instant()));
    }
    users.flush();
    return true;
  }

  /**
   * The way back in when nobody can sign in as an administrator (the first password lost): when the
   * operator has set {@code silkway.admin.reset-password}, start-up gives {@value
   * #FIRST_ADMINISTRATOR} that password, to be changed at the next sign-in, and makes it an enabled
   * administrator again. Asks for no role because the password comes from the operator's
   * configuration, never from the caller: without the setting it does nothing, whoever calls it.
   *
   * @return whether {@value #FIRST_ADMINISTRATOR} was reset
   * @throws InvalidFieldException naming {@code password} when the setting breaks the policy
   */
  public boolean resetAdministratorFromConfiguration() {
    if (administratorReset.isEmpty()) {
      return false;
    }
    Optional<User> admin = users.byName(FIRST_ADMINISTRATOR);
    if (admin.isEmpty()) {
      LOG.severe(
          "silkway.admin.reset-password is set, but there is no user '"
              + FIRST_ADMINISTRATOR
              + "' to reset");
      return false;
    }
    User user = admin.get();
    user.resetPassword(administratorReset.get());
    user.changeRole(Role.ADMIN);
    user.enable();
    LOG.warning(
        "Reset the password of '"
            + FIRST_ADMINISTRATOR
            + "' from silkway.admin.reset-password (enabled, administrator, must change it at next"
            + " sign-in). Remove the setting now: while it is set, every start resets it again.");
    return true;
  }

  /**
   * @throws InvalidFieldException naming {@code role} (the last administrator keeps the role)
   */
  public void changeRole(String username, Role role) {
    Caller by = callers.require(Role.ADMIN, "change a user's role");
    User user = existing(username);
    if (user.role() == role) {
      return;
    }
    if (role != Role.ADMIN) {
      keepAnAdministrator(user, "role", "demoted");
    }
    user.changeRole(role);
    LOG.info(() -> by.name() + " made " + user.username() + " " + user.role().label());
  }

  /**
   * @throws InvalidFieldException naming {@code enabled} (the last administrator stays)
   */
  public void disable(String username) {
    Caller by = callers.require(Role.ADMIN, "disable a user");
    User user = existing(username);
    keepAnAdministrator(user, "enabled", "disabled");
    user.disable();
    LOG.info(() -> by.name() + " disabled user " + user.username());
  }

  public void enable(String username) {
    Caller by = callers.require(Role.ADMIN, "enable a user");
    User user = existing(username);
    user.enable();
    LOG.info(() -> by.name() + " enabled user " + user.username());
  }

  /**
   * An administrator sets a new password; the user must change it at next sign-in.
   *
   * @throws InvalidFieldException naming {@code password}
   */
  public void resetPassword(String username, String newPassword) {
    Caller by = callers.require(Role.ADMIN, "reset a user's password");
    User user = existing(username);
    user.resetPassword(newPassword);
    LOG.info(() -> by.name() + " reset the password of " + user.username());
  }

  /**
   * The signed-in user changes their own password, proving the current one.
   *
   * @throws InvalidFieldException naming {@code current} or {@code password}
   */
  public void changeOwnPassword(String current, String newPassword) {
    Caller me = callers.require(Role.EDITOR, "change your password");
    existing(me.name()).changePassword(current, newPassword);
  }

  public List<User> find(UserQuery query) {
    return users.find(query);
  }

  public long count(UserQuery query) {
    return users.count(query);
  }

  private User existing(String username) {
    return users
        .byName(username)
        .orElseThrow(() -> new InvalidFieldException("username", "There is no such user"));
  }

  private void keepAnAdministrator(User user, String field, String what) {
    if (user.isActiveAdministrator() && users.countEnabledAdministrators() <= 1) {
      throw new InvalidFieldException(
          field, user.username() + " is the only enabled administrator and cannot be " + what);
    }
  }
}
