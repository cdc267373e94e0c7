package org.silkway.reports.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.silkway.core.claim.Claim;
import org.silkway.core.entry.Entry;
import org.silkway.core.event.EventKind;
import org.silkway.core.indicator.Indicator;
import org.silkway.core.project.Project;
import org.silkway.reports.brief.model.Figure;

/**
 * The "at a glance" box: the few figures that matter most for a subject, each with its period, its
 * kind mark and its sources: the subject's own amounts (investment, border), the latest value of
 * each of its indicators, and counts of its projects by stage, its events and its documents.
 */
final class Glance {

  /** At most this many figures: the box must stay a glance. */
  static final int MAX = 8;

  private final BriefWords words;

  Glance(BriefWords words) {
    this.words = words;
  }

  List<Figure> of(BriefScope scope) {
    List<Figure> figures = new ArrayList<>();
    scope.entry().ifPresent(entry -> figures.addAll(amounts(entry)));
    for (Indicator indicator : scope.indicators()) {
      IndicatorSeries.latest(indicator).ifPresent(point -> figures.add(latest(indicator, point)));
    }
    figures.addAll(projects(scope.projects()));
    long summits = scope.events().stream().filter(e -> e.kind() == EventKind.SUMMIT).count();
    if (summits > 0) {
      figures.add(count("brief.figure.summits", summits));
    } else if (!scope.events().isEmpty()) {
      figures.add(count("brief.figure.events", scope.events().size()));
    }
    if (!scope.documents().isEmpty()) {
      figures.add(count("brief.figure.documents", scope.documents().size()));
    }
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

  /** "Projects: 11", then one figure per stage that has projects. */
  private List<Figure> projects(List<Project> projects) {
    if (projects.isEmpty()) {
      return List.of();
    }
    List<Figure> figures = new ArrayList<>();
    figures.add(count("brief.figure.projects", projects.size()));
    Map<String, Integer> byStage = new LinkedHashMap<>();
    for (Project project : projects) {
      ProjectSection.current(project)
          .ifPresent(
              m -> byStage.merge(words.vocabulary().stage(m.stage().name()), 1, Integer::sum));
    }
    byStage.forEach(
        (stage, n) ->
            figures.add(
                new Figure(
                    words.word("brief.figure.projectsAt", stage),
                    String.valueOf(n),
                    "",
                    "",
                    List.of())));
    return figures;
  }

  private Figure count(String key, long n) {
    return new Figure(words.word(key), String.valueOf(n), "", "", List.of());
  }
}
