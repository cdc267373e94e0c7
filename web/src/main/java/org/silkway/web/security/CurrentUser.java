package org.silkway.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.silkway.core.user.Role;

/**
 * Who sends this request and what their role lets them do, for pages ({@code
 * #{currentUser.reviewer}}) and beans alike. Roles are cumulative: an administrator is a reviewer
 * and an editor too.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;

  /** The signed-in user's name, or null for an anonymous reader. */
  public String name() {
    Principal caller = security.getCallerPrincipal();
    return caller == null ? null : caller.getName();
  }

  public boolean isSignedIn() {
    return name() != null;
  }

  public boolean isEditor() {
    return security.isCallerInRole(Role.EDITOR_GROUP);
  }

  public boolean isReviewer() {
    return security.isCallerInRole(Role.REVIEWER_GROUP);
  }

  public boolean isAdmin() {
    return security.isCallerInRole(Role.ADMIN_GROUP);
  }
}
