package org.silkway.core.claim;

/** Whether a claim states what happened, an estimate, an expectation, or a value computed here. */
public enum ClaimKind {
  ACTUAL,
  ESTIMATE,
  FORECAST,
  /** Computed by Silkway from other claims ({@link Claim#derivedFrom()}); it has no citation. */
  DERIVED
}
