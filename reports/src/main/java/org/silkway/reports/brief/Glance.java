package org.silkway.reports.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.silkway.core.claim.Claim;
import org.silkway.core.entry.Entry;
import org.silkway.core.event.EventKind;
import org.silkway.core.indicator.Indicator;
import org.silkway.reports.brief.model.Figure;

/**
 * The "at a glance" box: the few figures that matter most for a subject, each with its period, its
 * kind mark and its sources: the subject's own amounts (investment, border), the latest value of
 * each of its indicators, and counts of its projects by stage, its events, its documents, the
 * corridors it lies on, and the mechanisms and organizations it takes part in.
 */
final class Glance {

  /** At most this many figures: the box must stay a glance. */
  static final int MAX = 8;

  /** How many indicators come before the counts. */
  private static final int HEADLINE_INDICATORS = 3;

  private final BriefWords words;

  Glance(BriefWords words) {
    this.words = words;
  }

  /**
   * The subject's own amounts first, then its three headline indicators, then what it counts
   * (projects with their stages, summits or events, documents, corridors, mechanisms,
   * organizations), then its other indicators: a framework with many series still shows its
   * projects and summits.
   */
  List<Figure> of(BriefScope scope) {
    List<Figure> figures = new ArrayList<>();
    scope.entry().ifPresent(entry -> figures.addAll(amounts(entry)));
    List<Figure> indicators = new ArrayList<>();
    for (Indicator indicator : scope.indicators()) {
      IndicatorSeries.latest(indicator)
          .ifPresent(point -> indicators.add(latest(indicator, point)));
    }
    int headline = Math.min(HEADLINE_INDICATORS, indicators.size());
    figures.addAll(indicators.subList(0, headline));
    projects(scope.projectsInScope()).ifPresent(figures::add);
    long summits = scope.events().stream().filter(e -> e.kind() == EventKind.SUMMIT).count();
    if (summits > 0) {
      figures.add(count("brief.figure.summits", summits));
    } else if (!scope.events().isEmpty()) {
      figures.add(count("brief.figure.events", scope.events().size()));
    }
    if (!scope.documents().isEmpty()) {
      figures.add(count("brief.figure.documents", scope.documents().size()));
    }
    countIfAny(figures, "brief.figure.corridors", scope.corridors());
    countIfAny(figures, "brief.figure.mechanisms", scope.mechanisms());
    countIfAny(figures, "brief.figure.organizations", scope.organizations());
    figures.addAll(indicators.subList(headline, indicators.size()));
    return figures.size() > MAX ? figures.subList(0, MAX) : figures;
  }

  /** The subject's own figures: investment from China, the border with China. */
  private List<Figure> amounts(Entry entry) {
    Map<String, List<Claim>> groups = new LinkedHashMap<>();
    for (Claim claim : entry.claims()) {
      if (claim.value().amount() != null) {
        groups.computeIfAbsent(claim.property(), k -> new ArrayList<>()).add(claim);
      }
    }
    List<Figure> figures = new ArrayList<>();
    groups.forEach(
        (property, group) -> {
          Claim shown = BriefWords.representative(group);
          figures.add(
              new Figure(
                  words.label(property),
                  words.withDifference(words.value(shown), group),
                  words.period(shown),
                  words.mark(shown),
                  words.sources(group)));
        });
    return figures;
  }

  private Figure latest(Indicator indicator, List<Claim> point) {
    Claim shown = BriefWords.representative(point);
    return new Figure(
        words.name(indicator),
        words.withDifference(words.value(shown), point),
        words.period(shown),
        words.mark(shown),
        words.sources(point));
  }

  /** "Projects (In operation 2 · Under construction 1 · ...)": 11, stages in their own order. */
  private Optional<Figure> projects(ProjectTally projects) {
    if (projects.isEmpty()) {
      return Optional.empty();
    }
    ProjectTally.StageCounts byStage = projects.byStage();
    List<String> parts = new ArrayList<>();
    byStage
        .reached()
        .forEach(
            (stage, n) ->
                parts.add(
                    words.vocabulary().stage(stage.name()) + " " + words.vocabulary().count(n)));
    if (byStage.unknown() > 0) {
      parts.add(
          words.word("brief.stage.unknown") + " " + words.vocabulary().count(byStage.unknown()));
    }
    return Optional.of(
        new Figure(
            words.word("brief.figure.projects") + " (" + String.join(" · ", parts) + ")",
            words.vocabulary().count(projects.size()),
            "",
            "",
            List.of()));
  }

  private void countIfAny(List<Figure> figures, String key, List<?> entries) {
    if (!entries.isEmpty()) {
      figures.add(count(key, entries.size()));
    }
  }

  private Figure count(String key, long n) {
    return new Figure(words.word(key), words.vocabulary().count(n), "", "", List.of());
  }
}
