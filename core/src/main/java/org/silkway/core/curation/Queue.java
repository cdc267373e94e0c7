package org.silkway.core.curation;

/** The two review queues. */
public enum Queue {
  /** Drafts, and published entries with drafted changes, that the user changed. */
  MY_DRAFTS,
  /** Entries, and published entries' changes, submitted for review. */
  WAITING_FOR_REVIEW
}
