package org.silkway.core.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.silkway.core.support.Fixtures.article;
import static org.silkway.core.support.Fixtures.astanaSummit;
import static org.silkway.core.support.Fixtures.billionUsd;
import static org.silkway.core.support.Fixtures.days;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkway.core.claim.Bound;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.claim.Unit;
import org.silkway.core.event.Event;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.indicator.Indicator;
import org.silkway.core.time.TimeSpan;

class PublishingTest {

  @Test
  void an_uncited_claim_blocks_publishing_and_the_error_names_it() {
    Event summit = astanaSummit();
    summit.addClaim(
        "held-004", "held", days("2025-06-16", "2025-06-17"), null, null, ClaimKind.ACTUAL, null);

    PublishingBlockedException blocked =
        assertThrows(PublishingBlockedException.class, summit::publish);

    assertEquals(List.of("held-004"), blocked.uncitedClaims());
    assertEquals(EntryStatus.DRAFT, summit.status());
  }

  @Test
  void once_every_claim_is_cited_the_entry_publishes() {
    Event summit = astanaSummit();
    summit
        .addClaim(
            "held-004",
            "held",
            days("2025-06-16", "2025-06-17"),
            null,
            null,
            ClaimKind.ACTUAL,
            null)
        .cite(article("seed-004"), "which will take place on June 16-17 in Astana");

    summit.publish();

    assertEquals(EntryStatus.PUBLISHED, summit.status());
  }

  @Test
  void a_derived_claim_is_backed_by_the_claims_it_comes_from_not_by_a_citation() {
    Indicator trade =
        new Indicator("indicator/trade", new LocalizedName("Trade", null, null), Unit.USD_BILLION);
    Claim y2024 =
        trade.addClaim(
            "t-2024",
            "observation",
            billionUsd("94.8", Bound.EXACT),
            TimeSpan.year(2024),
            null,
            ClaimKind.ACTUAL,
            null);
    y2024.cite(article("seed-003"), "reached a historical high of $94.8 billion");
    Claim y2023 =
        trade.addClaim(
            "t-2023",
            "observation",
            billionUsd("89.4", Bound.EXACT),
            TimeSpan.year(2023),
            null,
            ClaimKind.DERIVED,
            null);

    assertThrows(PublishingBlockedException.class, trade::publish);
    assertThrows(IllegalStateException.class, () -> y2023.cite(article("seed-000"), "x"));

    y2023.deriveFrom(y2024);
    trade.publish();
    assertEquals(EntryStatus.PUBLISHED, trade.status());
  }

  @Test
  void archiving_keeps_every_claim_and_an_archived_entry_must_be_restored_before_publishing() {
    Event summit = astanaSummit();
    summit
        .addClaim(
            "held-000",
            "held",
            days("2025-06-16", "2025-06-18"),
            null,
            null,
            ClaimKind.ACTUAL,
            null)
        .cite(article("seed-000"), "from June 16 to 18");
    summit.publish();

    summit.archive();

    assertEquals(EntryStatus.ARCHIVED, summit.status());
    assertEquals(1, summit.claims().size());
    assertThrows(IllegalStateException.class, summit::publish);
    summit.restore();
    assertEquals(EntryStatus.DRAFT, summit.status());
  }

  @Test
  void only_a_draft_goes_to_review() {
    Event summit = astanaSummit();
    summit.submitForReview();
    assertEquals(EntryStatus.IN_REVIEW, summit.status());
    assertThrows(IllegalStateException.class, summit::submitForReview);
  }

  @Test
  void a_key_must_start_with_the_type_of_the_entry() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Event(
                    "project/astana",
                    new LocalizedName("Astana", null, null),
                    org.silkway.core.event.EventKind.SUMMIT));
    assertEquals("The key of a event starts with 'event/', not 'project/astana'", e.getMessage());
  }
}
