package org.silkway.core.browse;

import java.util.List;
import java.util.Map;
import org.silkway.core.audit.Change;

/**
 * Everything about one entry: its claims, where they disagree, a project's lifecycle and the
 * conflicts in it, and the entry's history.
 *
 * @param disagreements each disagreement in a line: the property and the competing values
 * @param lifecycle a project's milestones in date order ("2024-12 under construction (claim)")
 */
public record EntryDetail(
    EntrySummary summary,
    Map<String, String> attributes,
    List<ClaimView> claims,
    List<String> disagreements,
    List<String> lifecycle,
    List<String> lifecycleConflicts,
    List<Change> history) {}
