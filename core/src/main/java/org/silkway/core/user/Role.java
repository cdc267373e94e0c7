package org.silkway.core.user;

import java.util.Set;

/**
 * What a user may do. Roles are cumulative: a reviewer may do everything an editor may, an
 * administrator everything; {@link #groups()} says so to the container, whose role names are the
 * group names.
 */
public enum Role {
  /** Drafts entries, claims and sources. */
  EDITOR(Set.of(Role.EDITOR_GROUP)),
  /** Also approves, sends back and prefers. */
  REVIEWER(Set.of(Role.EDITOR_GROUP, Role.REVIEWER_GROUP)),
  /** Also manages users and imports registers. */
  ADMIN(Set.of(Role.EDITOR_GROUP, Role.REVIEWER_GROUP, Role.ADMIN_GROUP));

  public static final String EDITOR_GROUP = "editor";
  public static final String REVIEWER_GROUP = "reviewer";
  public static final String ADMIN_GROUP = "admin";

  private final Set<String> groups;

  Role(Set<String> groups) {
    this.groups = groups;
  }

  /** The container groups (and so roles) of a user with this role. */
  public Set<String> groups() {
    return groups;
  }

  /** Whether this role may do all that {@code other} may: an administrator includes every role. */
  public boolean includes(Role other) {
    return groups.containsAll(other.groups);
  }

  /** The role as people read it: "editor", "reviewer", "administrator". */
  public String label() {
    return this == ADMIN ? "administrator" : name().toLowerCase(java.util.Locale.ROOT);
  }
}
