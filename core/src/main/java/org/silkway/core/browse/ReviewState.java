package org.silkway.core.browse;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where an entry is in review and what waits: what the entry page shows above the claims, and what
 * its buttons depend on.
 *
 * @param version the version the editor's next change starts from
 * @param stage "draft", "in review", "published, changes drafted"...
 * @param proposedName the name waiting for review, or null
 * @param proposedAttributes the attributes waiting for review, or empty
 * @param uncited the claims that block review until cited
 */
public record ReviewState(
    long version,
    String status,
    String changes,
    String stage,
    boolean editable,
    boolean inReview,
    ProposedName proposedName,
    Map<String, String> proposedAttributes,
    String lastChangedBy,
    Instant lastChangedAt,
    String lastChange,
    String submittedBy,
    Instant submittedAt,
    String reviewComment,
    String reviewedBy,
    String approvedBy,
    Instant approvedAt,
    List<String> uncited) {

  /** A new name in the three languages, waiting for review. */
  public record ProposedName(String en, String ru, String zh) {}
}
