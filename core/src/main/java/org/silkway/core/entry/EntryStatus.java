package org.silkway.core.entry;

/** Where an entry is in its editorial life. Only PUBLISHED entries reach briefs and exports. */
public enum EntryStatus {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  /** Withdrawn from public outputs, never deleted: its history stays. */
  ARCHIVED
}
