package org.silkway.reports.brief.model;

/** The three briefs Silkway exists for. */
public enum BriefKind {
  /** One of the six framework countries: what stands between China and it. */
  COUNTRY,
  /** One sector (transport, energy, ...) across the framework. */
  SECTOR,
  /** The framework as a whole. */
  FRAMEWORK
}
