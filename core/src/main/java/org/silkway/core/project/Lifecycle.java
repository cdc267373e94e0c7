package org.silkway.core.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.time.TimeSpan;

/**
 * A project's dated lifecycle, built from its milestones in date order. Sources disagree, so a
 * lifecycle may go backwards (under construction since December 2024 in one article, in preparation
 * in June 2025 in another): such steps are reported as conflicts, never silently dropped.
 */
public final class Lifecycle {

  private final List<Milestone> milestones;

  public Lifecycle(List<Milestone> milestones) {
    this.milestones =
        milestones.stream().sorted(chronologically(Milestone::when, Milestone::stage)).toList();
  }

  /**
   * The order of a lifecycle, for milestones or anything that states a stage at a time: by the
   * earliest day it may have happened, then by stage.
   */
  public static <T> Comparator<T> chronologically(
      Function<T, TimeSpan> when, Function<T, ProjectStage> stage) {
    return Comparator.comparing((T t) -> when.apply(t).earliest()).thenComparing(stage);
  }

  /** Milestones from the earliest to the latest. */
  public List<Milestone> milestones() {
    return milestones;
  }

  /** The stage of the latest milestone, if any. */
  public Optional<ProjectStage> current() {
    return milestones.isEmpty()
        ? Optional.empty()
        : Optional.of(milestones.get(milestones.size() - 1).stage());
  }

  /** The latest stage sources state as reached (forecasts are the next stage, not the current). */
  public Optional<Milestone> reached() {
    return milestones.stream()
        .filter(m -> m.claim().kind() != ClaimKind.FORECAST)
        .reduce((earlier, later) -> later);
  }

  /** Pairs of consecutive milestones whose order is impossible: a later one at an earlier stage. */
  public List<List<Milestone>> conflicts() {
    List<List<Milestone>> conflicts = new ArrayList<>();
    for (int i = 1; i < milestones.size(); i++) {
      Milestone before = milestones.get(i - 1);
      Milestone after = milestones.get(i);
      if (!before.stage().mayBeFollowedBy(after.stage())) {
        conflicts.add(List.of(before, after));
      }
    }
    return conflicts;
  }

  public boolean isConsistent() {
    return conflicts().isEmpty();
  }
}
