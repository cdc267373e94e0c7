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
 * @param givenName the entry's name in each language as a curator gave it (no English in place of a
 *     missing translation), what a form starts from
 * @param proposedName the name waiting for review, as given, or null
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
    GivenName givenName,
    GivenName proposedName,
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

  /** A name in the three languages as given: null where no translation was given. */
  public record GivenName(String en, String ru, String zh) {}

  /** The name an editor's form starts from: the one waiting for review, else the entry's. */
  public GivenName nameToEdit() {
    return proposedName != null ? proposedName : givenName;
  }
}
