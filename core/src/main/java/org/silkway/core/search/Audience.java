package org.silkway.core.search;

/** Who is searching, which decides what may be found. */
public enum Audience {
  /** The public: published entries, published claims, and sources those claims cite. */
  READERS,
  /**
   * Editors and reviewers: every entry, claim and source, drafts included (not retracted claims).
   */
  EDITORS
}
