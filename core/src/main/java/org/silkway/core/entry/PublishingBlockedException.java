package org.silkway.core.entry;

import java.util.List;

/** An entry cannot be published while it holds claims that no source backs. */
public class PublishingBlockedException extends IllegalStateException {

  /** The most claims the message names; an imported entry may have thousands. */
  private static final int NAMED = 5;

  private final List<String> uncitedClaims;

  public PublishingBlockedException(String entryKey, List<String> uncitedClaims) {
    super(
        "Entry "
            + entryKey
            + " cannot be published: claim(s) "
            + String.join(", ", uncitedClaims.subList(0, Math.min(NAMED, uncitedClaims.size())))
            + (uncitedClaims.size() > NAMED
                ? " and " + (uncitedClaims.size() - NAMED) + " more"
                : "")
            + " have no citation");
    this.uncitedClaims = List.copyOf(uncitedClaims);
  }

  public List<String> uncitedClaims() {
    return uncitedClaims;
  }
}
