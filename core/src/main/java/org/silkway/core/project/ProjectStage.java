package org.silkway.core.project;

/**
 * The stages of a project's life, in the order a project normally passes them. A project may be
 * suspended or cancelled at any stage.
 */
public enum ProjectStage {
  ANNOUNCED,
  AGREED,
  PREPARATION,
  UNDER_CONSTRUCTION,
  OPERATING,
  SUSPENDED,
  CANCELLED;

  /** Whether a project can be at {@code next} after having been at this stage. */
  public boolean mayBeFollowedBy(ProjectStage next) {
    if (next == SUSPENDED || next == CANCELLED) {
      return this != CANCELLED;
    }
    if (this == SUSPENDED) {
      return next != ANNOUNCED;
    }
    if (this == CANCELLED) {
      return false;
    }
    return next.ordinal() >= ordinal();
  }
}
