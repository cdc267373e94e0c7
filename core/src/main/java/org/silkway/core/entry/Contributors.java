package org.silkway.core.entry;

import java.util.Arrays;
import org.silkway.core.persistence.ColumnLimits;

/**
 * The user names of those who changed an entry since its last approval, kept space-separated in one
 * column: the list is short (a desk has a few editors) and read whole.
 */
final class Contributors {

  private Contributors() {}

  static String add(String contributors, String name) {
    if (includes(contributors, name)) {
      return contributors;
    }
    String added = contributors == null ? name : contributors + " " + name;
    // A column this long means dozens of editors on one entry; the earliest names drop off, and
    // the four-eyes rule still holds for everyone who changed it recently.
    while (added.length() > ColumnLimits.CONTRIBUTORS && added.contains(" ")) {
      added = added.substring(added.indexOf(' ') + 1);
    }
    return added;
  }

  static boolean includes(String contributors, String name) {
    return contributors != null && Arrays.asList(contributors.split(" ")).contains(name);
  }
}
