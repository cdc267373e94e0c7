package org.silkway.core.entry;

/**
 * Where editors' changes to a published entry are: none waiting, drafted, or waiting for a
 * reviewer. The published entry stays as it is in briefs meanwhile.
 */
public enum ChangeStatus {
  NONE,
  DRAFTED,
  IN_REVIEW
}
