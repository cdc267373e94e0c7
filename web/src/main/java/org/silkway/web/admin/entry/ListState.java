package org.silkway.web.admin.entry;

import java.io.Serializable;

/**
 * What a list was showing: its filters as typed, its page and its sort. Kept per entry type for the
 * session, so that an editor who opens an entry and comes back finds the list as they left it.
 */
record ListState(
    String search,
    String name,
    String status,
    String sector,
    String country,
    String stage,
    String from,
    String to,
    int first,
    String sortBy,
    boolean ascending)
    implements Serializable {

  static final ListState NONE =
      new ListState(null, null, null, null, null, null, null, null, 0, "name", true);

  boolean filters() {
    return search != null
        || name != null
        || status != null
        || sector != null
        || country != null
        || stage != null
        || from != null
        || to != null;
  }

  ListState at(int newFirst, String newSortBy, boolean newAscending) {
    return new ListState(
        search, name, status, sector, country, stage, from, to, newFirst, newSortBy, newAscending);
  }
}
