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
import java.util.Base64;
import java.util.Optional;
import org.silkway.core.user.User;
import org.silkway.core.user.UserAccounts;
import org.silkway.web.platform.failure.Failure;
import org.silkway.web.platform.failure.Failures;
import org.silkway.web.platform.http.SecurityHeaders;

/**
 * How a request says who sends it, in the order Silkway looks:
 *
 * <ol>
 *   <li>a user name and password from the sign-in page ({@link LoginPage}, through {@code
 *       SecurityContext.authenticate}): on success the session gets a new id (so an id planted
 *       before sign-in is worth nothing) and remembers the user;
 *   <li>HTTP Basic, for scripts, on any path: checked on every request, and never creates a
 *       session;
 *   <li>the user the session remembers, read again from the database on every request, so that a
 *       disabled user or a changed role takes effect at once.
 * </ol>
 *
 * <p>Nobody asking for a protected page is sent to the sign-in page with the page to come back to;
 * nobody asking for a protected {@code /api/} path gets 401 with a Basic challenge. Wrong passwords
 * count towards the {@link LoginThrottle}, whichever way they came.
 */
@ApplicationScoped
public class SilkwayAuthentication implements HttpAuthenticationMechanism {

  /** The session attribute that holds the signed-in user's name. */
  static final String SESSION_USER = "org.silkway.user";

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
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(authorization.substring(6).strip(), request, response, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_USER) instanceof String name) {
      Optional<User> user = accounts.find(name).filter(User::isEnabled);
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
    Optional<User> user = check(password.getCaller(), password.getPasswordAsString());
    if (user.isEmpty()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    request.getSession(true).setAttribute(SESSION_USER, user.get().username());
    return notify(request, context, user.get());
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
    Optional<User> user = check(decoded.substring(0, colon), decoded.substring(colon + 1));
    return user.isPresent() ? notify(request, context, user.get()) : challenge(response);
  }

  /** The user, if the name may try now and the password is right; counts failures. */
  private Optional<User> check(String username, String password) {
    if (!throttle.waitFor(username).isZero()) {
      return Optional.empty();
    }
    CredentialValidationResult result =
        identities.validate(new UsernamePasswordCredential(username, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(username);
      return Optional.empty();
    }
    throttle.succeeded(username);
    return accounts.find(result.getCallerPrincipal().getName());
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
