package org.silkway.core.source;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
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

  /**
   * The fields as {@code name=value} lines, for a change waiting for review: a source's fields are
   * single lines, so a line break cannot occur inside a value.
   */
  String toLines() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("kind", kind == null ? null : kind.name());
    fields.put("outlet", outlet);
    fields.put("author", author);
    fields.put("publishedPrecision", publishedPrecision == null ? null : publishedPrecision.name());
    fields.put("publishedStart", publishedStart);
    fields.put("publishedEnd", publishedEnd);
    fields.put("publishedNote", publishedNote);
    fields.put("url", url);
    fields.put("language", language);
    fields.put("retrieved", retrieved);
    StringBuilder lines = new StringBuilder();
    fields.forEach(
        (name, value) -> {
          if (value != null) {
            lines.append(name).append('=').append(value).append('\n');
          }
        });
    return lines.toString();
  }

  static SourceInput fromLines(String lines) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : lines.split("\n")) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        fields.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return new SourceInput(
        fields.get("title"),
        fields.containsKey("kind") ? SourceKind.valueOf(fields.get("kind")) : null,
        fields.get("outlet"),
        fields.get("author"),
        fields.containsKey("publishedPrecision")
            ? Precision.valueOf(fields.get("publishedPrecision"))
            : null,
        fields.get("publishedStart"),
        fields.get("publishedEnd"),
        fields.get("publishedNote"),
        fields.get("url"),
        fields.get("language"),
        fields.get("retrieved"));
  }

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
