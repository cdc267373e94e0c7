package org.silkway.core.search;

/**
 * Where the typed text was found, best first: the order is the ranking's, so that an entry named
 * what was typed comes before one whose claim merely mentions it.
 */
public enum MatchedIn {
  /** The entry's name is exactly what was typed, in one of its languages. */
  NAME_EXACT,
  /** The entry's name starts with it. */
  NAME_START,
  /** The entry's name holds it. */
  NAME,
  /** The entry's key holds it (editors only: readers never see keys). */
  KEY,
  /** A source's title holds it. */
  SOURCE_TITLE,
  /** A claim's text holds it. */
  CLAIM_TEXT,
  /** An excerpt cited for a claim holds it. */
  EXCERPT
}
