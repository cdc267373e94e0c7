package org.silkway.web.admin.user;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.user.Role;
import org.silkway.core.user.User;
import org.silkway.core.user.UserAccounts;
import org.silkway.web.admin.support.FieldMessages;
import org.silkway.web.admin.support.FormMessages;
import org.silkway.web.admin.support.NotFound;
import org.silkway.web.security.CurrentUser;

/**
 * Backs {@code admin/user.xhtml}: without {@code ?name=}, the form for a new user (name, role,
 * initial password); with it, one user: change their role, disable or enable them, set a new
 * password that they must change at next sign-in. An unknown name is a 404.
 */
@Named
@ViewScoped
public class UserPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> NEW_USER_INPUTS =
      Map.of(
          "username", "user:username",
          "role", "user:newRole",
          "password", "user:initialPassword");

  @Inject UserAccounts accounts;
  @Inject CurrentUser currentUser;

  private String name;
  private boolean existing;
  private String username;
  private Role role;
  private boolean enabled;
  private boolean mustChangePassword;
  private String password;

  /** Reads the user the URL names, or prepares a new one; a name that is no user is a 404. */
  public void load() {
    if (name == null || name.isBlank()) {
      existing = false;
      role = Role.EDITOR;
      return;
    }
    Optional<User> user = accounts.find(name);
    if (user.isEmpty()) {
      NotFound.answer();
      return;
    }
    show(user.get());
  }

  private void show(User user) {
    existing = true;
    username = user.username();
    role = user.role();
    enabled = user.isEnabled();
    mustChangePassword = user.mustChangePassword();
    password = null;
  }

  /** Creates the user and shows their page, saying so; a refused field keeps what was typed. */
  public String create() {
    try {
      User user = accounts.create(username, role, password);
      FormMessages.done(
          "Created "
              + user.username()
              + ", "
              + article(user.role())
              + " "
              + user.role().label()
              + ". They sign in with the password you set and must then choose their own.");
      return "/admin/user?faces-redirect=true&name="
          + URLEncoder.encode(user.username(), StandardCharsets.UTF_8);
    } catch (InvalidFieldException e) {
      FieldMessages.show(e, NEW_USER_INPUTS);
      return null;
    }
  }

  /** What a user name may be, shown beside the field before anyone types one. */
  public String getUsernameRule() {
    return "A user name is " + User.USERNAME_RULE + "; it cannot be changed later.";
  }

  public void changeRole() {
    act(
        () -> accounts.changeRole(username, role),
        "user:role",
        username + " is now " + article(role) + " " + role.label() + ".");
  }

  public void disable() {
    act(
        () -> accounts.disable(username),
        "user:enabled",
        username + " is disabled and can no longer sign in.");
  }

  public void enable() {
    act(
        () -> accounts.enable(username),
        "user:enabled",
        username + " is enabled and can sign in again.");
  }

  public void resetPassword() {
    act(
        () -> accounts.resetPassword(username, password),
        "user:password",
        "The password of " + username + " is set; they must change it at next sign-in.");
  }

  private void act(Runnable action, String input, String done) {
    try {
      action.run();
      FieldMessages.info(done);
    } catch (InvalidFieldException e) {
      FieldMessages.error(input, e.getMessage());
    }
    accounts.find(username).ifPresent(this::show);
  }

  private static String article(Role role) {
    return role == Role.ADMIN ? "an" : "a";
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isExisting() {
    return existing;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
