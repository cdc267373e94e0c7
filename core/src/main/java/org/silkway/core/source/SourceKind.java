package org.silkway.core.source;

/** What a source is. */
public enum SourceKind {
  ARTICLE,
  OFFICIAL_STATEMENT,
  DATASET,
  REPORT
}
