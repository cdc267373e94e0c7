package org.silkway.core.curation;

import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimValue;
import org.silkway.core.time.TimeSpan;

/**
 * Turns a claim back into what the claim form shows, citations included, so that a correction
 * starts from it.
 */
final class ClaimInputs {

  private ClaimInputs() {}

  static ClaimInput of(Claim claim) {
    ClaimValue v = claim.value();
    TimeSpan time = v.time();
    TimeSpan applies = claim.appliesTo();
    return new ClaimInput(
        claim.property(),
        v.kind(),
        v.text(),
        v.entry() == null ? null : v.entry().key(),
        v.amount() == null ? null : v.amount().stripTrailingZeros().toPlainString(),
        v.unit(),
        v.bound(),
        time == null ? null : time.precision(),
        time == null ? null : time.start(),
        time == null ? null : time.end(),
        v.code(),
        applies == null ? null : applies.precision(),
        applies == null ? null : applies.start(),
        applies == null ? null : applies.end(),
        claim.asStated(),
        claim.kind(),
        claim.note(),
        claim.citations().stream()
            .map(c -> CitationInput.of(c.source().key(), c.excerpt()))
            .toList());
  }
}
