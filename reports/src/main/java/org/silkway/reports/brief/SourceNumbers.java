package org.silkway.reports.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.silkway.core.source.Source;

/**
 * Numbers a brief's sources in the order the brief first cites them, so that [1] is the first
 * source a reader meets and the list at the end reads in the same order.
 */
final class SourceNumbers {

  private final Map<String, Integer> numbers = new LinkedHashMap<>();
  private final List<Source> sources = new ArrayList<>();

  int numberOf(Source source) {
    return numbers.computeIfAbsent(
        source.key(),
        key -> {
          sources.add(source);
          return sources.size();
        });
  }

  /** The sources cited so far, in number order. */
  List<Source> cited() {
    return List.copyOf(sources);
  }
}
