package org.silkway.core.persistence;

import jakarta.persistence.TypedQuery;
import java.util.List;

/** One page of a list query, as the admin tables ask for it: the same bounds for every list. */
public final class Pages {

  /** The most rows one page holds, whatever a table asks for: a list never loads the register. */
  public static final int MOST_ROWS = 500;

  private Pages() {}

  /** The rows from {@code first} (0 at the least), at most {@code size} (1 to 500) of them. */
  public static <T> List<T> of(TypedQuery<T> query, int first, int size) {
    return query
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(size, MOST_ROWS)))
        .getResultList();
  }
}
