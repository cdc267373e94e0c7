package org.silkway.core.access;

import java.util.Objects;
import java.util.Optional;
import org.silkway.core.user.Role;

/**
 * Who is calling a service, as the container authenticated them: a signed-in user with their role,
 * or nobody. Only this package makes one ({@link Callers} reads it from the container), so no page
 * or resource can claim to be someone, or to hold a role, that the container did not say.
 */
public final class Caller {

  private static final Caller ANONYMOUS = new Caller(null, null);

  private final String name;
  private final Role role;

  private Caller(String name, Role role) {
    this.name = name;
    this.role = role;
  }

  static Caller anonymous() {
    return ANONYMOUS;
  }

  /**
   * @param role null for a user the container knows but who holds none of Silkway's roles
   */
  static Caller signedIn(String name, Role role) {
    Objects.requireNonNull(name, "name");
    return new Caller(name, role);
  }

  public boolean isSignedIn() {
    return name != null;
  }

  /**
   * The user name, stamped on what they change.
   *
   * @throws IllegalStateException for an anonymous caller: ask only one that passed {@link
   *     #require}
   */
  public String name() {
    if (name == null) {
      throw new IllegalStateException("An anonymous caller has no name");
    }
    return name;
  }

  /** The caller's role; empty for an anonymous caller or one without a Silkway role. */
  public Optional<Role> role() {
    return Optional.ofNullable(role);
  }

  /** Whether the caller's role includes {@code needed} (roles are cumulative). */
  public boolean has(Role needed) {
    return role != null && role.includes(needed);
  }

  /**
   * @param action what the caller is doing, worded to follow "may": {@code "approve and publish"}
   * @return this caller, whose role includes {@code needed}
   * @throws NotAllowedException otherwise, saying whose role it needs
   */
  public Caller require(Role needed, String action) {
    if (has(needed)) {
      return this;
    }
    if (!isSignedIn()) {
      throw new NotAllowedException("Sign in to " + action + ".");
    }
    throw new NotAllowedException("Only " + withArticle(needed) + " may " + action + ".");
  }

  private static String withArticle(Role role) {
    String label = role.label();
    return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
  }

  @Override
  public String toString() {
    return isSignedIn() ? name + role().map(r -> " (" + r.label() + ")").orElse("") : "anonymous";
  }
}
