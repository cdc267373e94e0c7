package org.silkway.core.claim;

/**
 * A claim's place in review: a draft is seen by editors only, a published claim by every reader, a
 * retracted one by nobody but the history. Nothing is deleted.
 */
public enum ClaimStatus {
  DRAFT,
  PUBLISHED,
  RETRACTED
}
