package org.silkway.core.entry;

import java.util.List;

/** An entry cannot be published while it holds claims that no source backs. */
public class PublishingBlockedException extends IllegalStateException {

  private final List<String> uncitedClaims;

  public PublishingBlockedException(String entryKey, List<String> uncitedClaims) {
    super(
        "Entry "
            + entryKey
            + " cannot be published: claim(s) "
            + String.join(", ", uncitedClaims)
            + " have no citation");
    this.uncitedClaims = List.copyOf(uncitedClaims);
  }

  public List<String> uncitedClaims() {
    return uncitedClaims;
  }
}
