package org.silkway.reports.brief.model;

import java.util.List;

/**
 * One figure of the "at a glance" box: "Trade with China · 2024 · more than 94.8 billion US dollars
 * · approx. · [1, 3]".
 *
 * @param period the year or date the figure is for, formatted; empty when it has none
 * @param mark how sure the figure is, in words ("estimate", "forecast", "derived"); empty for an
 *     actual figure
 * @param sources numbers into {@link Brief#sources()}
 */
public record Figure(
    String label, String value, String period, String mark, List<Integer> sources) {

  public Figure {
    sources = List.copyOf(sources);
  }
}
