package org.silkway.reports.brief;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.entry.Entry;
import org.silkway.core.history.ProjectOutline;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.project.Lifecycle;
import org.silkway.core.project.Milestone;
import org.silkway.core.project.Project;
import org.silkway.reports.brief.model.Block;

/**
 * The projects of a brief as a table (name, countries, sector, current stage with its date, next
 * planned stage, cost, length, partners, sources), then, project by project, whatever else sources
 * say of it (descriptions, route, capacity, stages the table does not show, ...), and the charts of
 * projects by stage and by sector. A project whose sources give an impossible lifecycle says so in
 * its stage cell.
 */
final class ProjectSection {

  /** The properties the table's columns print. */
  static final Set<String> COLUMNS =
      Set.of(
          "country",
          "located-in",
          "sector",
          "stage",
          "completion-target",
          "cost",
          "length",
          "company");

  private final BriefWords words;
  private final Sections sections;

  ProjectSection(BriefWords words, Sections sections) {
    this.words = words;
    this.sections = sections;
  }

  Block.Table table(List<Project> projects) {
    // Five columns, two of the eight fields stacked in each middle one, so that every column is
    // wide enough for the longest words of the three languages ("взаимосвязанность", a row of
    // Chinese country names); a column no project fills is left out when the brief is laid out.
    Sections.StackedColumn where =
        new Sections.StackedColumn(
            words.word("brief.project.countries"), words.word("brief.project.sector"));
    Sections.StackedColumn stage =
        new Sections.StackedColumn(
            words.word("brief.project.stage"), words.word("brief.project.nextStage"));
    Sections.StackedColumn size =
        new Sections.StackedColumn(
            words.word("brief.project.cost"), words.word("brief.project.length"));
    List<Block.Row> rows = new ArrayList<>();
    for (Project project : projects) {
      rows.add(
          new Block.Row(
              List.of(
                  words.name(project),
                  where.cell(names(project, "country", "located-in"), names(project, "sector")),
                  stage.cell(currentStage(project), nextStage(project)),
                  size.cell(figure(project, "cost"), figure(project, "length")),
                  names(project, "company")),
              words.sources(PublishedRegister.claimsOf(project))));
    }
    List<String> headers =
        List.of(
            words.word("brief.project.name"),
            where.header(),
            stage.header(),
            size.header(),
            words.word("brief.project.partners"));
    return Block.Table.ofFilledColumns(headers, rows);
  }

  /**
   * Each project's properties beyond the table's columns, under a line naming it, in the table's
   * order; the whole lifecycle when it has stages the table does not show.
   */
  List<Block> details(List<Project> projects) {
    List<Block> blocks = new ArrayList<>();
    for (Project project : projects) {
      List<Block> more = new ArrayList<>();
      lifecycle(project).ifPresent(more::add);
      blocks.addAll(sections.beyond(project, COLUMNS, more));
    }
    return blocks;
  }

  /** "Stage: Under construction, December 2024; In preparation, June 2025; ..." */
  private Optional<Block.Fact> lifecycle(Project project) {
    List<Milestone> milestones = project.lifecycle().milestones();
    Optional<Milestone> current = current(project);
    Optional<Milestone> next = next(project, current);
    boolean hidden =
        milestones.stream()
            .anyMatch(m -> !same(m, current.orElse(null)) && !same(m, next.orElse(null)));
    if (!hidden) {
      return Optional.empty();
    }
    List<String> stages = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (Milestone m : milestones) {
      String text = milestone(m);
      if (!stages.contains(text)) {
        stages.add(text);
      }
      claims.add(m.claim());
    }
    return Optional.of(
        new Block.Fact(words.label("stage"), String.join("; ", stages), "", words.sources(claims)));
  }

  private static boolean same(Milestone m, Milestone shown) {
    return shown != null && m.stage() == shown.stage() && m.when().equals(shown.when());
  }

  /** How many projects are at each stage now, in the stages' own order. */
  Optional<Block.Chart> byStage(ProjectTally projects) {
    ProjectTally.StageCounts tally = projects.byStage();
    Map<String, Integer> counts = new LinkedHashMap<>();
    tally.reached().forEach((stage, n) -> counts.put(words.vocabulary().stage(stage.name()), n));
    counts.put(words.word("brief.stage.unknown"), tally.unknown());
    return chart(words.word("brief.chart.projectsByStage"), counts);
  }

  /**
   * What a brief that lists only some of its projects says first: how many there are, which are
   * listed, and where the full list is.
   */
  Block.Paragraph listedOf(int listed, int inScope) {
    return new Block.Paragraph(
        words.word("brief.projects.listedOf", inScope, listed), "", List.of());
  }

  /** How many projects each sector has, largest first. */
  Optional<Block.Chart> bySector(ProjectTally projects) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ProjectOutline project : projects.outlines()) {
      for (ProjectOutline.Stated sector : project.claimsAbout("sector")) {
        counts.merge(words.name(sector.entryKey()), 1, Integer::sum);
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
            bars.add(new Block.Bar(label, count, words.vocabulary().count(count)));
          }
        });
    return bars.isEmpty()
        ? Optional.empty()
        : Optional.of(new Block.Chart(title, words.word("brief.chart.count"), bars));
  }

  private static Optional<Milestone> current(Project project) {
    return project.lifecycle().reached();
  }

  private String currentStage(Project project) {
    Lifecycle lifecycle = project.lifecycle();
    String stage =
        current(project).map(m -> milestone(m)).orElse(words.word("brief.stage.unknown"));
    return lifecycle.isConsistent()
        ? stage
        : stage + " (" + words.word("brief.sourcesDiffer") + ")";
  }

  /** The earliest forecast stage from the current one on. */
  private static Optional<Milestone> next(Project project, Optional<Milestone> current) {
    return project.lifecycle().milestones().stream()
        .filter(m -> m.claim().kind() == ClaimKind.FORECAST)
        .filter(
            m ->
                current.isEmpty() || !m.when().earliest().isBefore(current.get().when().earliest()))
        .min(Comparator.comparing(m -> m.when().earliest()));
  }

  private String nextStage(Project project) {
    Optional<Milestone> next = next(project, current(project));
    List<String> parts = new ArrayList<>();
    next.ifPresent(m -> parts.add(milestone(m)));
    for (Claim target : project.claimsAbout("completion-target")) {
      parts.add(words.word("brief.targetCompletion", words.value(target)));
    }
    return String.join("; ", parts);
  }

  /** "Under construction, December 2024" with its mark: "forecast". */
  private String milestone(Milestone m) {
    String text = stageOf(m) + ", " + words.time(m.when());
    String mark = words.mark(m.claim());
    return mark.isEmpty() ? text : text + " (" + mark + ")";
  }

  /**
   * The stage a milestone reached, worded from every claim that states that stage at that time:
   * sources that agree print as one milestone.
   */
  private String stageOf(Milestone m) {
    String stage = words.value(m.claim());
    for (Claim claim : m.claim().entry().claimsAbout("stage")) {
      if (claim.value().code().equals(m.claim().value().code())
          && java.util.Objects.equals(claim.appliesTo(), m.claim().appliesTo())) {
        words.value(claim);
      }
    }
    return stage;
  }

  /** A single-valued figure (cost, length) as the preferred or first source gives it. */
  private String figure(Project project, String property) {
    List<Claim> claims = project.claimsAbout(property);
    if (claims.isEmpty()) {
      return "";
    }
    Claim shown = BriefWords.representative(claims);
    String mark = words.mark(shown);
    String text = Sections.shown(words, claims) + (mark.isEmpty() ? "" : " (" + mark + ")");
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
    return words.cellList(names);
  }

  static List<Project> sortedByName(Collection<Project> projects, BriefWords words) {
    return projects.stream().sorted(Comparator.comparing(words::name)).toList();
  }
}
