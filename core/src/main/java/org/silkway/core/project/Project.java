package org.silkway.core.project;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.util.List;
import org.hibernate.envers.Audited;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.claim.ClaimValue;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.time.TimeSpan;

/**
 * A project of the framework: a railway, a pipeline, a plant, a factory, a workshop. Its countries,
 * sectors, corridors, companies and figures are claims; its lifecycle is built from dated stage
 * claims (milestones), each from its source.
 */
@Entity
@Audited
@DiscriminatorValue("PROJECT")
public class Project extends Entry {

  public static final String STAGE = "stage";

  protected Project() {}

  public Project(String key, LocalizedName name) {
    super(key, name);
  }

  @Override
  public EntryType type() {
    return EntryType.PROJECT;
  }

  /**
   * Records that a source dates the project at a stage; cite the returned claim.
   *
   * @param asStated the source's words, e.g. "is scheduled to commence next month"
   */
  public Claim recordMilestone(
      String claimKey, ProjectStage stage, TimeSpan when, String asStated, ClaimKind kind) {
    if (when == null) {
      throw new IllegalArgumentException(
          "A milestone needs a date: when did the project reach " + stage + "?");
    }
    return addClaim(claimKey, STAGE, ClaimValue.code(stage.name()), when, asStated, kind, null);
  }

  /** Every published milestone, in date order, with the conflicts between them. */
  public Lifecycle lifecycle() {
    return lifecycleOf(claims());
  }

  /** The lifecycle as editors work on it, draft milestones included. */
  public Lifecycle workingLifecycle() {
    return lifecycleOf(workingClaims());
  }

  private static Lifecycle lifecycleOf(List<Claim> claims) {
    return new Lifecycle(
        claims.stream()
            .filter(c -> c.property().equals(STAGE))
            .filter(c -> c.appliesTo() != null)
            .map(c -> new Milestone(ProjectStage.valueOf(c.value().code()), c.appliesTo(), c))
            .toList());
  }
}
