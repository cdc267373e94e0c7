package org.silkway.reports.brief.model;

import java.util.List;

/**
 * One piece of a section. Every text is final wording in the brief's language (a text with no
 * reviewed translation carries its mark, "(in English)", in the text itself); every {@code sources}
 * list holds numbers into {@link Brief#sources()}.
 */
public sealed interface Block {

  /** A sentence or paragraph; {@code note} is its kind mark ("forecast"), or empty. */
  record Paragraph(String text, String note, List<Integer> sources) implements Block {
    public Paragraph {
      sources = List.copyOf(sources);
    }
  }

  /** A labelled value: "Border with China: 1,783 km [2]"; {@code mark} as in {@link Figure}. */
  record Fact(String label, String value, String mark, List<Integer> sources) implements Block {
    public Fact {
      sources = List.copyOf(sources);
    }
  }

  /** A table with a header row; each row has its own sources. */
  record Table(List<String> headers, List<Row> rows) implements Block {
    public Table {
      headers = List.copyOf(headers);
      rows = List.copyOf(rows);
    }

    /**
     * The table without the columns no row fills (the first, which names each row, always kept): an
     * empty column would take width from the words of the others.
     */
    public static Table ofFilledColumns(List<String> headers, List<Row> rows) {
      List<Integer> kept =
          java.util.stream.IntStream.range(0, headers.size())
              .filter(c -> c == 0 || rows.stream().anyMatch(row -> row.fills(c)))
              .boxed()
              .toList();
      return new Table(
          only(headers, kept),
          rows.stream().map(row -> new Row(only(row.cells(), kept), row.sources())).toList());
    }

    private static List<String> only(List<String> cells, List<Integer> columns) {
      return columns.stream().map(c -> c < cells.size() ? cells.get(c) : "").toList();
    }
  }

  /** One table row: as many cells as the table has headers. */
  record Row(List<String> cells, List<Integer> sources) {
    public Row {
      cells = List.copyOf(cells);
      sources = List.copyOf(sources);
    }

    /** Whether the row says something in that column. */
    boolean fills(int column) {
      return column < cells.size() && !cells.get(column).isBlank();
    }
  }

  /**
   * What an official or expert said, quoted: {@code attribution} names who (and their position),
   * {@code date} when; {@code note} its kind mark, or empty.
   */
  record Quote(String text, String attribution, String date, String note, List<Integer> sources)
      implements Block {
    public Quote {
      sources = List.copyOf(sources);
    }
  }

  /** A bar chart: one bar per label, with its value and how the value reads. */
  record Chart(String title, String axisLabel, List<Bar> bars) implements Block {
    public Chart {
      bars = List.copyOf(bars);
    }
  }

  /** One bar: its label, its height and the worded value printed beside it. */
  record Bar(String label, double value, String valueLabel) {}

  /**
   * Where sources differ: what about ("Cost of the China–Kyrgyzstan–Uzbekistan railway"), each
   * value with its wording and sources, and the verdict ("Preferred by the editors: ..." or "No
   * value is preferred").
   */
  record Difference(String about, List<Alternative> alternatives, String verdict) implements Block {
    public Difference {
      alternatives = List.copyOf(alternatives);
    }
  }

  /**
   * One value in a {@link Difference}: the value, the source's own wording (may be empty), the kind
   * mark, whether editors prefer it.
   */
  record Alternative(
      String value, String wording, String mark, boolean preferred, List<Integer> sources) {
    public Alternative {
      sources = List.copyOf(sources);
    }
  }
}
