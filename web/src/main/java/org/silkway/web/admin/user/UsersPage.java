package org.silkway.web.admin.user;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.silkway.core.user.Role;
import org.silkway.core.user.UserAccounts;
import org.silkway.core.user.UserQuery;

/**
 * Backs {@code admin/users.xhtml}: the users, a page at a time, sorted and filtered (by part of the
 * name, role, enabled) by the database. Filter and sort values come from the browser and are turned
 * into a {@link UserQuery} that bounds them; an unknown value filters nothing.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UserAccounts accounts;

  private final LazyDataModel<UserRow> users = new Users();

  public LazyDataModel<UserRow> getUsers() {
    return users;
  }

  public Role[] getRoles() {
    return Role.values();
  }

  private UserQuery query(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    UserQuery.Sort sort = UserQuery.Sort.USERNAME;
    boolean ascending = true;
    for (SortMeta meta : sortBy.values()) {
      sort = sortOf(meta.getField());
      ascending = meta.getOrder() != SortOrder.DESCENDING;
      break;
    }
    return new UserQuery(
        text(filterBy, "username"),
        role(text(filterBy, "role")),
        enabled(text(filterBy, "enabled")),
        sort,
        ascending,
        first,
        pageSize);
  }

  private static UserQuery.Sort sortOf(String field) {
    if ("role".equals(field)) {
      return UserQuery.Sort.ROLE;
    }
    if ("enabled".equals(field)) {
      return UserQuery.Sort.ENABLED;
    }
    if ("created".equals(field)) {
      return UserQuery.Sort.CREATED;
    }
    return UserQuery.Sort.USERNAME;
  }

  private static String text(Map<String, FilterMeta> filterBy, String field) {
    FilterMeta meta = filterBy.get(field);
    Object value = meta == null ? null : meta.getFilterValue();
    return value == null ? "" : value.toString();
  }

  private static Optional<Role> role(String label) {
    for (Role role : Role.values()) {
      if (role.label().equalsIgnoreCase(label) || role.name().equalsIgnoreCase(label)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  private static Optional<Boolean> enabled(String value) {
    if ("true".equals(value)) {
      return Optional.of(true);
    }
    if ("false".equals(value)) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  private final class Users extends LazyDataModel<UserRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) accounts.count(query(0, 1, Map.of(), filterBy));
    }

    @Override
    public List<UserRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return accounts.find(query(first, pageSize, sortBy, filterBy)).stream()
          .map(UserRow::new)
          .toList();
    }

    @Override
    public String getRowKey(UserRow row) {
      return row.getUsername();
    }

    @Override
    public UserRow getRowData(String rowKey) {
      for (UserRow row : getWrappedData()) {
        if (row.getUsername().equals(rowKey)) {
          return row;
        }
      }
      return null;
    }
  }
}
