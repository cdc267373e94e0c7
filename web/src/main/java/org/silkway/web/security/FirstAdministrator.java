package org.silkway.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.silkway.core.register.ImportLock;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.user.PasswordPolicy;
import org.silkway.core.user.UserAccounts;

/**
 * Makes sure someone can sign in to a new installation: with no user in the database, creates the
 * administrator {@code admin} with the password from {@code silkway.admin.initial-password} or,
 * when that is unset, a random one written once to the server log. Either way it must be changed at
 * first sign-in. A database with any user who has a password is left alone, whatever the setting
 * says; one restored from a backup without password hashes is not, and its {@code admin} gets the
 * password (so a restore never locks the operator out). {@link #resetIfConfigured} is the way back
 * in when that password is lost.
 */
@ApplicationScoped
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject UserAccounts accounts;
  @Inject ImportLock lock;

  @Inject
  @ConfigProperty(name = "silkway.admin.initial-password")
  Optional<String> initialPassword;

  /**
   * Under the database lock that imports and the seed take ({@link ImportLock}), so that of nodes
   * starting together on an empty database exactly one creates the administrator: the others wait
   * for its commit, then find a user. The password is checked before the lock, so that a policy
   * refusal only logs and never fails the transaction.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void createIfNone() {
    Optional<String> configured = initialPassword.filter(p -> !p.isBlank());
    String password = configured.orElseGet(FirstAdministrator::randomPassword);
    try {
      PasswordPolicy.check("password", password, UserAccounts.FIRST_ADMINISTRATOR);
    } catch (InvalidFieldException e) {
      LOG.severe(
          "No administrator created: silkway.admin.initial-password is not a valid password ("
              + e.getMessage()
              + ")");
      return;
    }
    lock.acquire();
    boolean created = accounts.createFirstAdministrator(password);
    if (!created) {
      return;
    }
    if (configured.isPresent()) {
      LOG.info(
          "Created the first administrator '"
              + UserAccounts.FIRST_ADMINISTRATOR
              + "' with the password from silkway.admin.initial-password; it must be changed at"
              + " first sign-in");
    } else {
      LOG.warning(
          "Created the first administrator '"
              + UserAccounts.FIRST_ADMINISTRATOR
              + "' with the password "
              + password
              + " (shown once; it must be changed at first sign-in)");
    }
  }

  /**
   * The operator's way back in when the first password is lost: with {@code
   * silkway.admin.reset-password} set, {@code admin} gets that password (to be changed at next
   * sign-in). A password that breaks the policy changes nothing and says why in the log.
   */
  public void resetIfConfigured() {
    try {
      accounts.resetAdministratorFromConfiguration();
    } catch (InvalidFieldException e) {
      LOG.severe(
          "Nothing reset: silkway.admin.reset-password is not a valid password ("
              + e.getMessage()
              + ")");
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
