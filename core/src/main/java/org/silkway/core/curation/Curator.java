package org.silkway.core.curation;

import java.util.Objects;

/**
 * Who is curating: a user name and what their role lets them do. Editors draft; reviewers also
 * approve, send back and prefer; administrators also archive and restore.
 */
public record Curator(String name, boolean reviewer, boolean admin) {

  public Curator {
    Objects.requireNonNull(name, "name");
  }

  public static Curator editor(String name) {
    return new Curator(name, false, false);
  }

  public static Curator reviewer(String name) {
    return new Curator(name, true, false);
  }

  public static Curator admin(String name) {
    return new Curator(name, true, true);
  }

  void requireReviewer(String action) {
    if (!reviewer) {
      throw new NotAllowedException("Only a reviewer may " + action + ".");
    }
  }

  void requireAdmin(String action) {
    if (!admin) {
      throw new NotAllowedException("Only an administrator may " + action + ".");
    }
  }
}
