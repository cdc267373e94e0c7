package org.silkway.reports.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.model.Block;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.Figure;
import org.silkway.reports.brief.model.Section;
import org.silkway.reports.brief.model.SourceEntry;
import org.silkway.reports.template.BriefLine.Kind;

/** Flattens a {@link Brief} into the lines the brief template prints, in reading order. */
final class BriefLines {

  /**
   * The template's table layouts, by the most columns each holds (the sources column aside): a
   * narrow one with wide columns, one of five, and a wide one of nine with narrow columns.
   */
  enum TableLayout {
    NARROW(4),
    FIVE(5),
    WIDE(9);

    final int slots;

    TableLayout(int slots) {
      this.slots = slots;
    }

    /** The layout with the widest columns that holds {@code columns}. */
    static TableLayout holding(int columns) {
      for (TableLayout layout : values()) {
        if (columns <= layout.slots) {
          return layout;
        }
      }
      return WIDE;
    }

    /** The name the template's bands test for. */
    String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final List<BriefLine> lines = new ArrayList<>();
  private final Language language;
  private int tables;

  private BriefLines(Language language) {
    this.language = language;
  }

  static List<BriefLine> of(Brief brief) {
    BriefLines flat = new BriefLines(brief.language());
    flat.glance(brief.glance());
    for (int i = 0; i < brief.sections().size(); i++) {
      flat.section(i, brief.sections().get(i));
    }
    flat.sources(brief.sources());
    return List.copyOf(flat.lines);
  }

  private void glance(List<Figure> figures) {
    Map<String, Object> part = Map.of("part", "glance", "sectionKey", "glance", "tableKey", "-");
    for (Figure figure : figures) {
      lines.add(
          new BriefLine.Builder(Kind.FIGURE, part)
              .text("label", figure.label())
              .text("value", figure.value())
              .text("period", figure.period())
              .text("mark", figure.mark())
              .sources(figure.sources())
              .build());
    }
  }

  private void section(int index, Section section) {
    Map<String, Object> part =
        Map.of(
            "part",
            "section",
            "sectionKey",
            "section-" + index,
            "heading",
            section.heading(),
            "anchor",
            section.anchor());
    if (section.blocks().isEmpty()) {
      lines.add(new BriefLine.Builder(Kind.EMPTY, withTable(part, null)).build());
    }
    for (Block block : section.blocks()) {
      block(block, part);
    }
  }

  private void block(Block block, Map<String, Object> part) {
    Map<String, Object> context = withTable(part, null);
    if (block instanceof Block.Paragraph p) {
      lines.add(
          new BriefLine.Builder(Kind.PARAGRAPH, context)
              .text("text", p.text())
              .text("note", p.note())
              .sources(p.sources())
              .build());
    } else if (block instanceof Block.Fact f) {
      lines.add(
          new BriefLine.Builder(Kind.FACT, context)
              .text("label", f.label())
              .text("value", f.value())
              .text("mark", f.mark())
              .sources(f.sources())
              .build());
    } else if (block instanceof Block.Table t) {
      table(t, part);
    } else if (block instanceof Block.Quote q) {
      lines.add(
          new BriefLine.Builder(Kind.QUOTE, context)
              .text("text", q.text())
              .text("attribution", q.attribution())
              .text("date", q.date())
              .text("note", q.note())
              .sources(q.sources())
              .build());
    } else if (block instanceof Block.Chart c) {
      lines.add(
          new BriefLine.Builder(Kind.CHART, context)
              .text("title", c.title())
              .value("chart", BarChartRenderer.of(c, language))
              .build());
    } else if (block instanceof Block.Difference d) {
      difference(d, context);
    }
  }

  /**
   * A table in the layout with the widest columns that holds it: the brief's tables leave out the
   * columns no row fills ({@link Block.Table#ofFilledColumns}), so a brief whose projects give no
   * length gives that width to words that would otherwise break inside ("Промышленность").
   */
  private void table(Block.Table table, Map<String, Object> part) {
    TableLayout layout = TableLayout.holding(table.headers().size());
    Map<String, Object> context = withTable(part, "table-" + ++tables);
    context.put("layout", layout.key());
    context.put("headers", slotted(table.headers(), layout.slots));
    for (Block.Row row : table.rows()) {
      lines.add(
          new BriefLine.Builder(Kind.TABLE_ROW, context)
              .value("cells", slotted(row.cells(), layout.slots))
              .sources(row.sources())
              .build());
    }
  }

  /**
   * The cells laid into the template's column slots; a table wider than the widest layout keeps its
   * surplus cells in the last slot rather than losing them.
   */
  static String[] slotted(List<String> cells, int slots) {
    String[] slotted = new String[slots];
    for (int i = 0; i < Math.min(cells.size(), slots); i++) {
      slotted[i] = cells.get(i);
    }
    if (cells.size() > slots) {
      slotted[slots - 1] = String.join(" · ", cells.subList(slots - 1, cells.size()));
    }
    return slotted;
  }

  private void difference(Block.Difference difference, Map<String, Object> context) {
    lines.add(
        new BriefLine.Builder(Kind.DIFFERENCE, context).text("text", difference.about()).build());
    for (Block.Alternative alternative : difference.alternatives()) {
      lines.add(
          new BriefLine.Builder(Kind.ALTERNATIVE, context)
              .text("value", alternative.value())
              .text("text", alternative.wording())
              .text("mark", alternative.mark())
              .value("preferred", alternative.preferred())
              .sources(alternative.sources())
              .build());
    }
    lines.add(
        new BriefLine.Builder(Kind.VERDICT, context).text("text", difference.verdict()).build());
  }

  /**
   * The source list two to a line, left then right, so that the list reads (and a screen reader or
   * a copy reads it) in number order while taking about a third of the pages one to a line did.
   * When every source was retrieved on the same day, the day is said once under the heading instead
   * of on every entry.
   */
  private void sources(List<SourceEntry> sources) {
    Set<String> days = sources.stream().map(SourceEntry::retrieved).collect(Collectors.toSet());
    String sameDay = days.size() == 1 ? days.iterator().next() : null;
    Map<String, Object> part = new HashMap<>();
    part.put("part", "sources");
    part.put("sectionKey", "sources");
    part.put("tableKey", "-");
    for (int i = 0; i < sources.size(); i += 2) {
      BriefLine.Builder line =
          new BriefLine.Builder(Kind.SOURCE, part).text("allRetrieved", sameDay);
      source(line, "", sources.get(i), sameDay == null);
      if (i + 1 < sources.size()) {
        source(line, "right", sources.get(i + 1), sameDay == null);
      }
      lines.add(line.build());
    }
  }

  /** One source's fields, named {@code title}, ... or, with a prefix, {@code rightTitle}, .... */
  private static void source(
      BriefLine.Builder line, String prefix, SourceEntry source, boolean withRetrieved) {
    line.value(field(prefix, "number"), source.number())
        .text(field(prefix, "title"), source.title())
        .text(
            field(prefix, "byline"),
            Stream.of(source.outlet(), source.author(), source.date())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" · ")))
        .text(field(prefix, "location"), source.location())
        .text(field(prefix, "retrieved"), withRetrieved ? source.retrieved() : null);
  }

  private static String field(String prefix, String name) {
    return prefix.isEmpty()
        ? name
        : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static Map<String, Object> withTable(Map<String, Object> part, String tableKey) {
    Map<String, Object> context = new HashMap<>(part);
    context.put("tableKey", tableKey == null ? "-" : tableKey);
    return context;
  }
}
