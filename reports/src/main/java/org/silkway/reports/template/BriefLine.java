package org.silkway.reports.template;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One printable line of a brief: what the brief template's detail band for {@link #kind()} prints.
 * A brief is flattened into these so that one template with one band per kind prints every block
 * type, and so that a brief of any length is a plain stream of small records.
 *
 * <p>Every line also carries the keys of the section and the table it belongs to: the template's
 * groups break on them to print a section's heading (never alone at a page's foot) and to repeat a
 * table's header row on every page the table runs over.
 */
record BriefLine(Kind kind, Map<String, Object> values) {

  /** One band of the template each; the names are what its print-when expressions compare. */
  enum Kind {
    FIGURE,
    PARAGRAPH,
    FACT,
    TABLE_ROW,
    QUOTE,
    CHART,
    DIFFERENCE,
    ALTERNATIVE,
    VERDICT,
    /** One or two entries of the source list, side by side. */
    SOURCE,
    /** A section without blocks: prints nothing, so that its heading still prints. */
    EMPTY
  }

  BriefLine {
    values = Collections.unmodifiableMap(values);
  }

  /** The value of the template field {@code name}; null where this kind has none. */
  Object value(String name) {
    return name.equals("kind") ? kind.name() : values.get(name);
  }

  /** Builds a line's values; empty strings become null so the template can leave them out. */
  static final class Builder {
    private final Kind kind;
    private final Map<String, Object> values = new HashMap<>();

    Builder(Kind kind, Map<String, Object> context) {
      this.kind = kind;
      values.putAll(context);
    }

    Builder text(String field, String text) {
      if (text != null && !text.isBlank()) {
        values.put(field, text);
      }
      return this;
    }

    Builder value(String field, Object value) {
      values.put(field, value);
      return this;
    }

    Builder sources(List<Integer> sources) {
      values.put("sources", List.copyOf(sources));
      return this;
    }

    BriefLine build() {
      values.putIfAbsent("sources", List.of());
      return new BriefLine(kind, values);
    }
  }
}
