package org.silkway.core.user;

import java.util.Optional;

/**
 * A page of the user list: filters (part of the name, a role, enabled or not), an order and the
 * rows wanted. Values come from a browser, so the constructor bounds them instead of trusting them.
 */
public record UserQuery(
    String nameContains,
    Optional<Role> role,
    Optional<Boolean> enabled,
    Sort sort,
    boolean ascending,
    int first,
    int pageSize) {

  static final char LIKE_ESCAPE = '\\';
  private static final int MAX_PAGE = 100;

  /** The orders the list offers. */
  public enum Sort {
    USERNAME("username"),
    ROLE("role"),
    ENABLED("enabled"),
    CREATED("createdAt");

    private final String attribute;

    Sort(String attribute) {
      this.attribute = attribute;
    }

    String attribute() {
      return attribute;
    }
  }

  public UserQuery {
    nameContains = User.normalized(nameContains);
    if (nameContains.length() > User.MAX_NAME) {
      nameContains = nameContains.substring(0, User.MAX_NAME);
    }
    role = role == null ? Optional.empty() : role;
    enabled = enabled == null ? Optional.empty() : enabled;
    sort = sort == null ? Sort.USERNAME : sort;
    first = Math.max(0, first);
    pageSize = Math.min(Math.max(1, pageSize), MAX_PAGE);
  }

  /** Every user, by name. */
  public static UserQuery all(int first, int pageSize) {
    return new UserQuery(
        "", Optional.empty(), Optional.empty(), Sort.USERNAME, true, first, pageSize);
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
