package org.silkway.core.project;

import org.silkway.core.claim.Claim;
import org.silkway.core.time.TimeSpan;

/** A project reached a stage at a time, according to the claim it comes from. */
public record Milestone(ProjectStage stage, TimeSpan when, Claim claim) {}
