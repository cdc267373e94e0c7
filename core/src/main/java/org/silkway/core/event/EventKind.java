package org.silkway.core.event;

/** What sort of event. */
public enum EventKind {
  SUMMIT,
  MINISTERIAL_MEETING,
  TALKS,
  VISIT,
  LAUNCH,
  OTHER
}
