package org.silkway.core.claim;

/** What sort of value a claim holds. */
public enum ValueKind {
  TEXT,
  ENTRY,
  AMOUNT,
  TIME,
  CODE
}
