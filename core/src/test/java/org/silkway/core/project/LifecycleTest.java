package org.silkway.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.silkway.core.support.Fixtures.railway;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.time.TimeSpan;

class LifecycleTest {

  @Test
  void milestones_are_ordered_by_date_whatever_order_they_were_recorded_in() {
    Project railway = railway();
    railway.recordMilestone(
        "s-3",
        ProjectStage.OPERATING,
        TimeSpan.year(2030),
        "completion by 2030",
        ClaimKind.FORECAST);
    railway.recordMilestone(
        "s-1", ProjectStage.AGREED, TimeSpan.year(2023), null, ClaimKind.ACTUAL);
    railway.recordMilestone(
        "s-2",
        ProjectStage.UNDER_CONSTRUCTION,
        TimeSpan.month(2025, 7),
        "next month",
        ClaimKind.FORECAST);

    Lifecycle lifecycle = railway.workingLifecycle();

    assertEquals(
        List.of(ProjectStage.AGREED, ProjectStage.UNDER_CONSTRUCTION, ProjectStage.OPERATING),
        lifecycle.milestones().stream().map(Milestone::stage).toList());
    assertEquals(ProjectStage.OPERATING, lifecycle.current().orElseThrow());
    assertTrue(lifecycle.isConsistent());
  }

  @Test
  void a_later_milestone_at_an_earlier_stage_is_reported_as_a_conflict_not_dropped() {
    Project railway = railway();
    railway.recordMilestone(
        "s-003",
        ProjectStage.UNDER_CONSTRUCTION,
        TimeSpan.month(2024, 12),
        "began in December of last year",
        ClaimKind.ACTUAL);
    railway.recordMilestone(
        "s-000",
        ProjectStage.PREPARATION,
        TimeSpan.month(2025, 6),
        "entered the construction preparation phase",
        ClaimKind.ACTUAL);

    Lifecycle lifecycle = railway.workingLifecycle();

    assertFalse(lifecycle.isConsistent());
    assertEquals(1, lifecycle.conflicts().size());
    assertEquals("s-003", lifecycle.conflicts().get(0).get(0).claim().key());
    assertEquals(2, lifecycle.milestones().size());
  }

  @Test
  void stages_follow_each_other_in_order_and_a_project_can_stop_at_any_stage() {
    assertTrue(ProjectStage.PREPARATION.mayBeFollowedBy(ProjectStage.UNDER_CONSTRUCTION));
    assertFalse(ProjectStage.OPERATING.mayBeFollowedBy(ProjectStage.PREPARATION));
    assertTrue(ProjectStage.UNDER_CONSTRUCTION.mayBeFollowedBy(ProjectStage.SUSPENDED));
    assertTrue(ProjectStage.SUSPENDED.mayBeFollowedBy(ProjectStage.UNDER_CONSTRUCTION));
    assertFalse(ProjectStage.CANCELLED.mayBeFollowedBy(ProjectStage.OPERATING));
  }

  @Test
  void a_milestone_needs_a_date() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            railway().recordMilestone("s", ProjectStage.PREPARATION, null, null, ClaimKind.ACTUAL));
  }
}
