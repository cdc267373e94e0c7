package org.silkway.web.admin.user;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.silkway.core.user.User;

/**
 * One line of the user list: what an administrator reads, never a password hash. The list's lazy
 * model keeps its page of rows in the view, and so in the session.
 */
public class UserRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final String username;
  private final String role;
  private final boolean enabled;
  private final boolean mustChangePassword;
  private final String created;

  UserRow(User user) {
    this.username = user.username();
    this.role = user.role().label();
    this.enabled = user.isEnabled();
    this.mustChangePassword = user.mustChangePassword();
    this.created = DAY.format(user.createdAt());
  }

  public String getUsername() {
    return username;
  }

  public String getRole() {
    return role;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public String getCreated() {
    return created;
  }
}
