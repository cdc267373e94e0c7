package org.silkway.core.access;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.silkway.core.user.Role;

/**
 * The caller as Jakarta Security authenticated them: the caller principal's name, and the highest
 * of Silkway's roles the container says they are in (roles are the groups of {@link
 * Role#groups()}). Package-private with a field-injected context, so that nothing outside this
 * package can hand it a security context of its own making.
 */
@Dependent
class ContainerCallers implements Callers {

  @Inject SecurityContext security;

  ContainerCallers() {}

  @Override
  public Caller current() {
    Optional<Caller> delegated = OnBehalf.current();
    if (delegated.isPresent()) {
      return delegated.get();
    }
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      return Caller.anonymous();
    }
    return Caller.signedIn(principal.getName(), highestRole());
  }

  private Role highestRole() {
    if (security.isCallerInRole(Role.ADMIN_GROUP)) {
      return Role.ADMIN;
    }
    if (security.isCallerInRole(Role.REVIEWER_GROUP)) {
      return Role.REVIEWER;
    }
    if (security.isCallerInRole(Role.EDITOR_GROUP)) {
      return Role.EDITOR;
    }
    return null;
  }
}
