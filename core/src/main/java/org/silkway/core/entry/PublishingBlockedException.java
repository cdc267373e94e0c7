package org.silkway.core.entry;

import java.util.List;
import org.silkway.core.claim.Claim;
import org.silkway.core.i18n.Formats;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.Vocabulary;

/** An entry cannot be published while it holds claims that no source backs. */
public class PublishingBlockedException extends IllegalStateException {

  /** The most claims the message names; an imported entry may have thousands. */
  private static final int NAMED = 5;

  private final List<String> uncitedClaims;

  /** For a register document, whose reader knows its claims by their keys. */
  public PublishingBlockedException(String entryKey, List<String> uncitedClaims) {
    this(
        uncitedClaims,
        "Entry "
            + entryKey
            + " cannot be published: claim(s) "
            + named(uncitedClaims)
            + " have no citation");
  }

  private PublishingBlockedException(List<String> uncitedClaims, String message) {
    super(message);
    this.uncitedClaims = List.copyOf(uncitedClaims);
  }

  /**
   * For the desk: the entry by its name and each claim by what it says ("Cost: 1.2 billion US
   * dollars"), never by key, and what to do about it.
   */
  static PublishingBlockedException worded(String entryName, List<Claim> uncited) {
    Vocabulary words = Vocabulary.of(Language.EN);
    Formats formats = Formats.of(Language.EN);
    List<String> said =
        uncited.stream()
            .map(
                c ->
                    words.property(c.property())
                        + " ("
                        + formats.value(c.property(), c.value())
                        + ")")
            .toList();
    return new PublishingBlockedException(
        uncited.stream().map(Claim::key).toList(),
        "“"
            + entryName
            + "” cannot go to review or be published yet: "
            + named(said)
            + (said.size() == 1 ? " has" : " have")
            + " no citation. Open the claim with “Correct” and cite its source.");
  }

  private static String named(List<String> items) {
    return String.join(", ", items.subList(0, Math.min(NAMED, items.size())))
        + (items.size() > NAMED ? " and " + (items.size() - NAMED) + " more" : "");
  }

  public List<String> uncitedClaims() {
    return uncitedClaims;
  }
}
