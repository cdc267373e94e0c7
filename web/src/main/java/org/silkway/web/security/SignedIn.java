package org.silkway.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.silkway.core.user.Role;
import org.silkway.core.user.User;

/**
 * The user a request was authenticated as, with what the filters need to know about them: their
 * role and whether they must change their password. The authentication mechanism puts it on the
 * request; the filters and {@link CurrentUser} read it.
 */
record SignedIn(String username, Role role, boolean mustChangePassword) {

  private static final String ATTRIBUTE = SignedIn.class.getName();

  static SignedIn of(User user) {
    return new SignedIn(user.username(), user.role(), user.mustChangePassword());
  }

  void attachTo(HttpServletRequest request) {
    request.setAttribute(ATTRIBUTE, this);
  }

  static Optional<SignedIn> on(HttpServletRequest request) {
    Object value = request.getAttribute(ATTRIBUTE);
    return value instanceof SignedIn signedIn ? Optional.of(signedIn) : Optional.empty();
  }
}
