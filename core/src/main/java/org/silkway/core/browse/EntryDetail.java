package org.silkway.core.browse;

import java.util.List;
import java.util.Map;
import org.silkway.core.audit.Change;

/**
 * Everything about one entry as editors work on it: its claims, drafts included, where they
 * disagree, a project's lifecycle and the conflicts in it, where it is in review, and its history.
 *
 * @param claims the working claims: published ones and drafts, in the order editors gave them
 * @param lifecycle a project's milestones in date order ("2024-12 under construction (claim)")
 * @param retracted claims retracted from it, kept for the record
 */
public record EntryDetail(
    EntrySummary summary,
    Map<String, String> attributes,
    List<ClaimView> claims,
    List<DisagreementView> disagreements,
    List<String> lifecycle,
    List<String> lifecycleConflicts,
    List<Change> history,
    ReviewState review,
    List<ClaimView> retracted) {}
