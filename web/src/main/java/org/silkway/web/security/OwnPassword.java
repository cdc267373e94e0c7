package org.silkway.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.user.UserAccounts;

/**
 * A signed-in user changes their own password, from the password page or the API alike: a wrong
 * current password counts towards the {@link LoginThrottle} as a wrong sign-in does (so a session
 * left open is no unlimited oracle for the password), and after the change every other session of
 * the user ends while this one stays signed in.
 */
@ApplicationScoped
public class OwnPassword {

  private static final LoginThrottle.Guess CURRENT = LoginThrottle.Guess.CURRENT_PASSWORD;

  @Inject UserAccounts accounts;
  @Inject LoginThrottle throttle;

  /** Refused because this client guessed wrong too often; says how long to wait. */
  public static final class TooManyWrongPasswords extends RuntimeException {
    private final transient Duration wait;

    TooManyWrongPasswords(Duration wait) {
      super(LoginThrottle.lockedMessage(wait), null, false, false);
      this.wait = wait;
    }

    public Duration waitFor() {
      return wait;
    }
  }

  /**
   * @throws InvalidFieldException naming {@code current} or {@code password}
   * @throws TooManyWrongPasswords while this client must wait
   */
  public void change(HttpServletRequest request, String current, String newPassword) {
    String name = SignedIn.on(request).map(SignedIn::username).orElse(null);
    Duration wait = name == null ? Duration.ZERO : throttle.waitFor(CURRENT, request, name);
    if (!wait.isZero()) {
      throw new TooManyWrongPasswords(wait);
    }
    try {
      accounts.changeOwnPassword(current, newPassword);
    } catch (InvalidFieldException e) {
      if (name != null && "current".equals(e.field()) && current != null && !current.isEmpty()) {
        throw wrongCurrent(request, name, e);
      }
      throw e;
    }
    throttle.succeeded(CURRENT, request, name);
    accounts.find(name).ifPresent(user -> SilkwayAuthentication.keepSignedIn(request, user));
  }

  private RuntimeException wrongCurrent(
      HttpServletRequest request, String name, InvalidFieldException e) {
    throttle.failed(CURRENT, request, name);
    Duration wait = throttle.waitFor(CURRENT, request, name);
    return wait.isZero() ? e : new TooManyWrongPasswords(wait);
  }
}
