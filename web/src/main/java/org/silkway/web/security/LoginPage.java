package org.silkway.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * Backs {@code login.xhtml}: signs in with a user name and password, then goes to the page the user
 * wanted. A failure says the same for a wrong password, an unknown user and a disabled one; a lock
 * says how long to wait, the same for a name that exists and one that does not.
 *
 * <p>The page is stateless (no session before sign-in), so its view state no longer ties a post to
 * the page a browser showed; instead a post another site's page sent ({@link SameOrigin}) signs
 * nobody in, so no other site can sign a visitor in under an account of its choosing.
 */
@Named
@RequestScoped
public class LoginPage {

  static final String WRONG = "Wrong user name or password.";
  static final String ELSEWHERE = "Sign in on this site's own sign-in page.";

  @Inject SecurityContext security;
  @Inject LoginThrottle throttle;

  private String username;
  private String password;
  private String next;

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (!SameOrigin.allows(request)) {
      fail(faces, ELSEWHERE);
      return;
    }
    Duration wait = throttle.waitFor(request, username);
    if (!wait.isZero()) {
      fail(faces, locked(wait));
      return;
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    if (status == AuthenticationStatus.SUCCESS) {
      external.redirect(external.getRequestContextPath() + Landing.after(next));
      faces.responseComplete();
    } else if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
    } else {
      wait = throttle.waitFor(request, username);
      fail(faces, wait.isZero() ? WRONG : locked(wait));
    }
  }

  static String locked(Duration wait) {
    long minutes = Math.max(1, (wait.getSeconds() + 59) / 60);
    return "Too many failed sign-ins with this user name. Wait "
        + minutes
        + (minutes == 1 ? " minute" : " minutes")
        + " and try again.";
  }

  private static void fail(FacesContext faces, String message) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
