package org.silkway.core.source;

import java.io.Serializable;
import org.silkway.core.time.Precision;

/**
 * A source as an editor types it into the source form, before it is checked.
 *
 * @param publishedStart the publication date at its precision ({@code 2025-06}), or blank
 * @param retrieved the day it was read, {@code 2025-06-20}, or blank
 */
public record SourceInput(
    String title,
    SourceKind kind,
    String outlet,
    String author,
    Precision publishedPrecision,
    String publishedStart,
    String publishedEnd,
    String publishedNote,
    String url,
    String language,
    String retrieved)
    implements Serializable {

  public static SourceInput of(Source s) {
    return new SourceInput(
        s.title(),
        s.kind(),
        s.outlet(),
        s.author(),
        s.published() == null ? null : s.published().precision(),
        s.published() == null ? null : s.published().start(),
        s.published() == null ? null : s.published().end(),
        s.publishedNote(),
        s.url(),
        s.language(),
        s.retrieved() == null ? null : s.retrieved().toString());
  }
}
