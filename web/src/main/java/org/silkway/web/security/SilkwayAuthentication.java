package org.silkway.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.silkway.core.user.User;
import org.silkway.core.user.UserAccounts;
import org.silkway.web.platform.failure.Failure;
import org.silkway.web.platform.failure.Failures;
import org.silkway.web.platform.failure.ProblemJson;
import org.silkway.web.platform.http.SecurityHeaders;

/**
 * How a request says who sends it, in the order Silkway looks:
 *
 * <ol>
 *   <li>a user name and password from the sign-in page ({@link LoginPage}, through {@code
 *       SecurityContext.authenticate}): on success the session gets a new id (so an id planted
 *       before sign-in is worth nothing) and remembers the user and their password serial;
 *   <li>HTTP Basic, for scripts: checked on {@code /api/} and on the protected pages (scripts and
 *       the test suites post admin forms with it), and never creates a session. On a public page
 *       ({@code /}, {@code /briefs}, the sign-in page) a Basic header is ignored, not verified, so
 *       that bogus headers there cost no password hashing and count towards no lock;
 *   <li>the user the session remembers, read again from the database on every request, so that a
 *       disabled user, a changed role or a changed password takes effect at once: a session signed
 *       in before the password's last change ends (the session that changed it is kept, see {@link
 *       #keepSignedIn}).
 * </ol>
 *
 * <p>Nobody asking for a protected page is sent to the sign-in page with the page to come back to;
 * nobody asking for a protected {@code /api/} path gets 401 with a Basic challenge. Wrong passwords
 * count towards the {@link LoginThrottle}, whichever way they came; a locked Basic client gets 429
 * with {@code Retry-After}. A user name with a control character (a NUL) is refused before any
 * query: 400 for Basic, a failed sign-in for the page.
 */
@ApplicationScoped
public class SilkwayAuthentication implements HttpAuthenticationMechanism {

  /** The session attribute that holds the signed-in user's name. */
  static final String SESSION_USER = "org.silkway.user";

  /** The session attribute that holds the user's password serial at sign-in. */
  static final String SESSION_PASSWORD_SERIAL = "org.silkway.password-serial";

  static final String LOGIN_PAGE = "/login.xhtml";

  @Inject IdentityStoreHandler identities;
  @Inject UserAccounts accounts;
  @Inject LoginThrottle throttle;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      return authenticate(request, response, context);
    } catch (RuntimeException e) {
      // Users live in the database: when it is away, say so (503) as every other page does.
      Failure failure = Failures.classify(e, request.getMethod() + " " + request.getRequestURI());
      try {
        response.sendError(failure.status());
      } catch (IOException gone) {
        // The client went away.
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private AuthenticationStatus authenticate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential password) {
      return signIn(request, context, password);
    }
    String authorization = request.getHeader("Authorization");
    if ((isApi(request) || context.isProtected())
        && authorization != null
        && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(authorization.substring(6).strip(), request, response, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_USER) instanceof String name) {
      Object serial = session.getAttribute(SESSION_PASSWORD_SERIAL);
      Optional<User> user =
          accounts
              .find(name)
              .filter(User::isEnabled)
              .filter(u -> serial instanceof Long s && s == u.passwordSerial());
      if (user.isPresent()) {
        return notify(request, context, user.get());
      }
      session.invalidate();
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    return isApi(request) ? challenge(response) : toLoginPage(request, response);
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential password) {
    if (!User.isTypable(password.getCaller())) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    Checked checked = check(request, password.getCaller(), password.getPasswordAsString());
    if (checked.user().isEmpty()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    User user = checked.user().get();
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    HttpSession session = request.getSession(true);
    session.setAttribute(SESSION_USER, user.username());
    session.setAttribute(SESSION_PASSWORD_SERIAL, user.passwordSerial());
    return notify(request, context, user);
  }

  /**
   * After {@code user} changed their own password in this request: the session this request came
   * with (if it is theirs) stays signed in, while every other session of theirs ends at its next
   * request.
   */
  public static void keepSignedIn(HttpServletRequest request, User user) {
    HttpSession session = request.getSession(false);
    if (session != null && user.username().equals(session.getAttribute(SESSION_USER))) {
      session.setAttribute(SESSION_PASSWORD_SERIAL, user.passwordSerial());
    }
  }

  private AuthenticationStatus basic(
      String encoded,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return challenge(response);
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return challenge(response);
    }
    String username = decoded.substring(0, colon);
    if (!User.isTypable(username)) {
      return refuse(response, HttpServletResponse.SC_BAD_REQUEST);
    }
    Checked checked = check(request, username, decoded.substring(colon + 1));
    if (checked.user().isPresent()) {
      return notify(request, context, checked.user().get());
    }
    return checked.lockedFor().isZero()
        ? challenge(response)
        : locked(response, checked.lockedFor());
  }

  /** The user, if this client may try the name now and the password is right. */
  private record Checked(Optional<User> user, Duration lockedFor) {}

  /** Checks a password unless this client must wait; counts failures. */
  private Checked check(HttpServletRequest request, String username, String password) {
    Duration wait = throttle.waitFor(request, username);
    if (!wait.isZero()) {
      return new Checked(Optional.empty(), wait);
    }
    CredentialValidationResult result =
        identities.validate(new UsernamePasswordCredential(username, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(request, username);
      return new Checked(Optional.empty(), throttle.waitFor(request, username));
    }
    throttle.succeeded(request, username);
    return new Checked(accounts.find(result.getCallerPrincipal().getName()), Duration.ZERO);
  }

  private static AuthenticationStatus notify(
      HttpServletRequest request, HttpMessageContext context, User user) {
    SignedIn.of(user).attachTo(request);
    return context.notifyContainerAboutLogin(user.username(), user.role().groups());
  }

  /** 401 with a Basic challenge; Silkway's error page writes the problem document. */
  private static AuthenticationStatus challenge(HttpServletResponse response) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Silkway\", charset=\"UTF-8\"");
    try {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    } catch (IOException e) {
      // The client went away: there is nobody left to tell.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** 429 with how long to wait, worded the same whether or not the user exists. */
  private static AuthenticationStatus locked(HttpServletResponse response, Duration wait) {
    long seconds = Math.max(1, wait.toSeconds());
    Failure failure =
        new Failure(
            429,
            "Too many wrong passwords",
            LoginThrottle.lockedMessage(wait),
            (int) Math.min(Integer.MAX_VALUE, seconds),
            null);
    SecurityHeaders.applyTo(response);
    response.setStatus(429);
    response.setHeader("Retry-After", String.valueOf(seconds));
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("application/problem+json;charset=UTF-8");
    try {
      response.getWriter().write(ProblemJson.of(failure));
    } catch (IOException e) {
      // The client went away.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** An error status; Silkway's error page writes the problem document. */
  private static AuthenticationStatus refuse(HttpServletResponse response, int status) {
    try {
      response.sendError(status);
    } catch (IOException e) {
      // The client went away.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpServletResponse response) {
    String wanted = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      wanted += "?" + request.getQueryString();
    }
    SecurityHeaders.applyTo(response);
    response.setHeader("Cache-Control", "no-store");
    try {
      response.sendRedirect(
          request.getContextPath()
              + LOGIN_PAGE
              + "?next="
              + URLEncoder.encode(wanted, StandardCharsets.UTF_8));
    } catch (IOException e) {
      // The client went away.
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }
}
