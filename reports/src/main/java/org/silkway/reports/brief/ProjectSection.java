package org.silkway.reports.brief;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.entry.Entry;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.project.Lifecycle;
import org.silkway.core.project.Milestone;
import org.silkway.core.project.Project;
import org.silkway.core.project.ProjectStage;
import org.silkway.reports.brief.model.Block;

/**
 * The projects of a brief as a table (name, countries, sector, current stage with its date, next
 * planned stage, cost, length, partners, sources) and the charts of projects by stage and by
 * sector. A project whose sources give an impossible lifecycle says so in its stage cell.
 */
final class ProjectSection {

  private final BriefWords words;

  ProjectSection(BriefWords words) {
    this.words = words;
  }

  Block.Table table(List<Project> projects) {
    List<String> headers =
        List.of(
            words.word("brief.project.name"),
            words.word("brief.project.countries"),
            words.word("brief.project.sector"),
            words.word("brief.project.stage"),
            words.word("brief.project.nextStage"),
            words.word("brief.project.cost"),
            words.word("brief.project.length"),
            words.word("brief.project.partners"));
    List<Block.Row> rows = new ArrayList<>();
    for (Project project : projects) {
      rows.add(
          new Block.Row(
              List.of(
                  words.name(project),
                  names(project, "country", "located-in"),
                  names(project, "sector"),
                  currentStage(project),
                  nextStage(project),
                  figure(project, "cost"),
                  figure(project, "length"),
                  names(project, "company")),
              words.sources(PublishedRegister.claimsOf(project))));
    }
    return new Block.Table(headers, rows);
  }

  /** How many projects are at each stage now, in the stages' own order. */
  Optional<Block.Chart> byStage(List<Project> projects) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ProjectStage stage : ProjectStage.values()) {
      counts.put(words.vocabulary().stage(stage.name()), 0);
    }
    String unknown = words.word("brief.stage.unknown");
    for (Project project : projects) {
      String label =
          current(project).map(m -> words.vocabulary().stage(m.stage().name())).orElse(unknown);
      counts.merge(label, 1, Integer::sum);
    }
    return chart(words.word("brief.chart.projectsByStage"), counts);
  }

  /** How many projects each sector has, largest first. */
  Optional<Block.Chart> bySector(List<Project> projects) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Project project : projects) {
      for (Claim sector : project.claimsAbout("sector")) {
        counts.merge(words.value(sector), 1, Integer::sum);
      }
    }
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return chart(words.word("brief.chart.projectsBySector"), sorted);
  }

  private Optional<Block.Chart> chart(String title, Map<String, Integer> counts) {
    List<Block.Bar> bars = new ArrayList<>();
    counts.forEach(
        (label, count) -> {
          if (count > 0) {
            bars.add(new Block.Bar(label, count, String.valueOf(count)));
          }
        });
    return bars.isEmpty()
        ? Optional.empty()
        : Optional.of(new Block.Chart(title, words.word("brief.chart.count"), bars));
  }

  /** The latest stage sources state as reached (forecasts are the next stage, not the current). */
  static Optional<Milestone> current(Project project) {
    return project.lifecycle().milestones().stream()
        .filter(m -> m.claim().kind() != ClaimKind.FORECAST)
        .reduce((earlier, later) -> later);
  }

  private String currentStage(Project project) {
    Lifecycle lifecycle = project.lifecycle();
    String stage =
        current(project).map(m -> milestone(m)).orElse(words.word("brief.stage.unknown"));
    return lifecycle.isConsistent()
        ? stage
        : stage + " (" + words.word("brief.sourcesDiffer") + ")";
  }

  private String nextStage(Project project) {
    Optional<Milestone> current = current(project);
    Optional<Milestone> next =
        project.lifecycle().milestones().stream()
            .filter(m -> m.claim().kind() == ClaimKind.FORECAST)
            .filter(
                m ->
                    current.isEmpty()
                        || !m.when().earliest().isBefore(current.get().when().earliest()))
            .min(Comparator.comparing(m -> m.when().earliest()));
    List<String> parts = new ArrayList<>();
    next.ifPresent(m -> parts.add(milestone(m)));
    for (Claim target : project.claimsAbout("completion-target")) {
      parts.add(words.word("brief.targetCompletion", words.value(target)));
    }
    return String.join("; ", parts);
  }

  /** "Under construction, December 2024" with its mark: "forecast". */
  private String milestone(Milestone m) {
    String text = words.vocabulary().stage(m.stage().name()) + ", " + words.time(m.when());
    String mark = words.mark(m.claim());
    return mark.isEmpty() ? text : text + " (" + mark + ")";
  }

  /** A single-valued figure (cost, length) as the preferred or first source gives it. */
  private String figure(Project project, String property) {
    List<Claim> claims = project.claimsAbout(property);
    if (claims.isEmpty()) {
      return "";
    }
    Claim shown = BriefWords.representative(claims);
    String mark = words.mark(shown);
    String text = words.value(shown) + (mark.isEmpty() ? "" : " (" + mark + ")");
    return words.withDifference(text, claims);
  }

  private String names(Entry entry, String... properties) {
    List<String> names = new ArrayList<>();
    for (String property : properties) {
      for (Claim claim : entry.claimsAbout(property)) {
        String name = words.value(claim);
        if (!names.contains(name)) {
          names.add(name);
        }
      }
    }
    return String.join(", ", names);
  }

  static List<Project> sortedByName(Collection<Project> projects, BriefWords words) {
    return projects.stream().sorted(Comparator.comparing(words::name)).toList();
  }
}
