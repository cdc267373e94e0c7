package org.silkway.reports.brief;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.history.ProjectOutline;
import org.silkway.core.history.ProjectOutline.Stated;
import org.silkway.core.project.Lifecycle;
import org.silkway.core.project.Project;
import org.silkway.core.project.ProjectStage;

/**
 * The projects in a brief's scope, counted by the stage they have reached, and the choice of those
 * a brief lists when there are too many to print: read from outlines (a few claims each), so that
 * thirty thousand projects are counted without loading them. Each project's stage is worked out
 * once, here.
 */
final class ProjectTally {

  /** A project and the stage it has reached, if sources state one. */
  private record Counted(ProjectOutline outline, Optional<Stated> reached) {

    LocalDate reachedOn() {
      return reached.map(s -> s.appliesTo().earliest()).orElse(LocalDate.MIN);
    }
  }

  /**
   * How many projects have reached each stage (only stages some project has), and how many none.
   */
  record StageCounts(Map<ProjectStage, Integer> reached, int unknown) {}

  private final List<Counted> projects;

  ProjectTally(List<ProjectOutline> outlines) {
    this.projects = outlines.stream().map(o -> new Counted(o, reached(o))).toList();
  }

  /**
   * The latest stage the outline's claims state as reached, in a lifecycle's order (forecasts are
   * the next stage, not the current): what {@link Lifecycle#reached()} gives for the project.
   */
  private static Optional<Stated> reached(ProjectOutline project) {
    return project.claimsAbout(Project.STAGE).stream()
        .filter(s -> s.appliesTo() != null && s.kind() != ClaimKind.FORECAST)
        .max(Lifecycle.chronologically(Stated::appliesTo, ProjectTally::stage));
  }

  private static ProjectStage stage(Stated stated) {
    return ProjectStage.valueOf(stated.code());
  }

  int size() {
    return projects.size();
  }

  boolean isEmpty() {
    return projects.isEmpty();
  }

  List<ProjectOutline> outlines() {
    return projects.stream().map(Counted::outline).toList();
  }

  StageCounts byStage() {
    Map<ProjectStage, Integer> reached = new EnumMap<>(ProjectStage.class);
    int unknown = 0;
    for (Counted project : projects) {
      if (project.reached().isPresent()) {
        reached.merge(stage(project.reached().get()), 1, Integer::sum);
      } else {
        unknown++;
      }
    }
    return new StageCounts(Collections.unmodifiableMap(reached), unknown);
  }

  /**
   * The keys, in key order, of at most that many projects whose latest reached stage is the most
   * recent (what moved lately is what a desk asks about); projects that reached none come last.
   */
  List<String> mostRecentlyAdvanced(int limit) {
    return projects.stream()
        .sorted(
            Comparator.comparing(Counted::reachedOn)
                .reversed()
                .thenComparing(p -> p.outline().key()))
        .limit(limit)
        .map(p -> p.outline().key())
        .sorted()
        .toList();
  }

  /** Every key, in key order. */
  List<String> keys() {
    return projects.stream().map(p -> p.outline().key()).toList();
  }
}
