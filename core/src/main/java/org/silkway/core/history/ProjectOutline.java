package org.silkway.core.history;

import java.util.List;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.time.TimeSpan;

/**
 * A published project as a summary of many projects counts it: its key and, of a few properties
 * (its stages, its sectors), what its published claims state, read as values without loading the
 * project or its claims.
 */
public record ProjectOutline(String key, List<Stated> claims) {

  /**
   * What one published claim states: its property, its value's code (a stage) or the key of the
   * entry it names (a sector), when it applies, and whether it is a forecast.
   */
  public record Stated(
      String property, String code, String entryKey, TimeSpan appliesTo, ClaimKind kind) {

    static Stated of(Claim claim) {
      return new Stated(
          claim.property(),
          claim.value().code(),
          claim.value().entry() == null ? null : claim.value().entry().key(),
          claim.appliesTo(),
          claim.kind());
    }
  }

  public ProjectOutline {
    claims = List.copyOf(claims);
  }

  /** What the outline's claims of one property state, in the order editors gave them. */
  public List<Stated> claimsAbout(String property) {
    return claims.stream().filter(c -> c.property().equals(property)).toList();
  }
}
