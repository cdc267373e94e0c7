package org.silkway.core.access;

import org.silkway.core.user.Role;

/**
 * Callers for services built outside a container, in tests: each is always the same caller. It
 * lives in test sources, in the package that alone may construct a {@link Caller}, so that main
 * code has no way to act as anyone.
 */
public final class TestCallers {

  private TestCallers() {}

  public static Callers anonymous() {
    return Caller::anonymous;
  }

  public static Callers editor(String name) {
    return as(name, Role.EDITOR);
  }

  public static Callers reviewer(String name) {
    return as(name, Role.REVIEWER);
  }

  public static Callers admin(String name) {
    return as(name, Role.ADMIN);
  }

  public static Callers as(String name, Role role) {
    Caller caller = Caller.signedIn(name, role);
    return () -> caller;
  }
}
