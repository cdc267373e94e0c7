package org.silkway.web.admin.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.user.UserAccounts;
import org.silkway.web.admin.support.FieldMessages;
import org.silkway.web.security.CurrentUser;
import org.silkway.web.security.Landing;
import org.silkway.web.security.OwnPassword;

/**
 * Backs {@code admin/password.xhtml}: a signed-in user changes their own password (current, new,
 * new again), then goes on to the admin start page; the user's other sessions end. Wrong current
 * passwords are limited as wrong sign-ins are. Passwords are never shown back.
 */
@Named
@RequestScoped
public class PasswordPage {

  private static final Map<String, String> INPUTS =
      Map.of("current", "password:current", "password", "password:newPassword");

  @Inject UserAccounts accounts;
  @Inject OwnPassword ownPassword;
  @Inject CurrentUser currentUser;

  private String current;
  private String newPassword;
  private String repeat;
  private Boolean mustChange;

  /** Whether the user must change a password that someone else set. */
  public boolean isMustChange() {
    if (mustChange == null) {
      mustChange = accounts.find(currentUser.name()).map(u -> u.mustChangePassword()).orElse(false);
    }
    return mustChange;
  }

  public void change() throws IOException {
    if (!newPassword.equals(repeat)) {
      FieldMessages.error("password:repeat", "The two new passwords differ: type the same twice");
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      ownPassword.change((HttpServletRequest) external.getRequest(), current, newPassword);
    } catch (InvalidFieldException e) {
      FieldMessages.show(e, INPUTS);
      return;
    } catch (OwnPassword.TooManyWrongPasswords e) {
      FieldMessages.error("password:current", e.getMessage());
      return;
    }
    // Said on the desk, where the redirect lands: the message survives it in the flash.
    org.silkway.web.admin.support.FormMessages.done("Your password is changed.");
    external.redirect(external.getRequestContextPath() + Landing.START);
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}
