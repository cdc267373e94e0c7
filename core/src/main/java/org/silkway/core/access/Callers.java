package org.silkway.core.access;

import org.silkway.core.user.Role;

/**
 * Where services learn who is calling. In the application it is the container's security context
 * ({@link ContainerCallers}); outside a container, tests supply their own. Services ask on every
 * call and never take a caller, a user name or a role as an argument.
 */
@FunctionalInterface
public interface Callers {

  /** The caller of the current request or thread; anonymous when nobody is signed in. */
  Caller current();

  /**
   * The current caller, if their role includes {@code needed}.
   *
   * @param action what they are doing, worded to follow "may": {@code "approve and publish"}
   * @throws NotAllowedException otherwise
   */
  default Caller require(Role needed, String action) {
    return current().require(needed, action);
  }
}
