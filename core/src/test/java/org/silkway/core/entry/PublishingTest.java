package org.silkway.core.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.silkway.core.support.Fixtures.article;
import static org.silkway.core.support.Fixtures.astanaSummit;
import static org.silkway.core.support.Fixtures.billionUsd;
import static org.silkway.core.support.Fixtures.days;
import static org.silkway.core.support.Fixtures.railway;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkway.core.claim.Bound;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.claim.ClaimValue;
import org.silkway.core.claim.Unit;
import org.silkway.core.country.Country;
import org.silkway.core.country.CountryCode;
import org.silkway.core.country.CountryRole;
import org.silkway.core.event.Event;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.indicator.Indicator;
import org.silkway.core.project.Project;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.time.TimeSpan;

class PublishingTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void an_uncited_claim_blocks_review_and_the_error_names_it() {
    Event summit = astanaSummit();
    summit.addClaim(
        "held-004", "held", days("2025-06-16", "2025-06-17"), null, null, ClaimKind.ACTUAL, null);

    PublishingBlockedException blocked =
        assertThrows(PublishingBlockedException.class, () -> summit.submitForReview("aigul", NOW));

    assertEquals(List.of("held-004"), blocked.uncitedClaims());
    assertEquals(EntryStatus.DRAFT, summit.status());
  }

  @Test
  void a_reviewed_entry_publishes_with_its_claims() {
    Event summit = citedSummit();
    summit.recordEdit("aigul", NOW, "added a claim");
    summit.submitForReview("aigul", NOW);

    summit.approve("bakyt", NOW, true);

    assertEquals(EntryStatus.PUBLISHED, summit.status());
    assertEquals(1, summit.claims().size());
    assertEquals("bakyt", summit.record().approvedBy());
  }

  @Test
  void a_draft_that_never_went_through_review_cannot_be_approved() {
    Event summit = citedSummit();

    assertThrows(IllegalStateException.class, () -> summit.approve("bakyt", NOW, true));
    assertEquals(EntryStatus.DRAFT, summit.status());
    assertTrue(summit.claims().isEmpty(), "a draft's claims are not published");
  }

  @Test
  void a_reviewer_does_not_approve_their_own_change_unless_the_desk_allows_it() {
    Event summit = citedSummit();
    summit.recordEdit("bakyt", NOW, "added a claim");
    summit.submitForReview("bakyt", NOW);

    assertThrows(FourEyesException.class, () -> summit.approve("bakyt", NOW, true));
    assertEquals(EntryStatus.IN_REVIEW, summit.status());

    summit.approve("bakyt", NOW, false);
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

    assertThrows(PublishingBlockedException.class, () -> trade.submitForReview("aigul", NOW));
    assertThrows(IllegalStateException.class, () -> y2023.cite(article("seed-000"), "x"));

    y2023.deriveFrom(y2024);
    trade.submitForReview("aigul", NOW);
    assertEquals(EntryStatus.IN_REVIEW, trade.status());
  }

  @Test
  void archiving_keeps_every_claim_and_a_restored_entry_goes_through_review_again() {
    Event summit = citedSummit();
    summit.restoreStatus(EntryStatus.PUBLISHED);

    summit.archive();

    assertEquals(EntryStatus.ARCHIVED, summit.status());
    assertEquals(1, summit.allClaims().size());
    assertThrows(IllegalStateException.class, () -> summit.approve("bakyt", NOW, true));
    summit.restore();
    assertEquals(EntryStatus.DRAFT, summit.status());
  }

  @Test
  void a_sent_back_entry_is_a_draft_again_with_the_reviewers_comment() {
    Event summit = citedSummit();
    summit.submitForReview("aigul", NOW);
    assertThrows(
        NotEditableException.class, () -> summit.rename(new LocalizedName("X", null, null)));

    assertThrows(InvalidFieldException.class, () -> summit.sendBack("bakyt", NOW, "  "));
    summit.sendBack("bakyt", NOW, "Cite the ministry too");

    assertEquals(EntryStatus.DRAFT, summit.status());
    assertEquals("Cite the ministry too", summit.record().reviewComment());
    assertThrows(IllegalStateException.class, () -> summit.sendBack("bakyt", NOW, "again"));
  }

  @Test
  void only_a_draft_goes_to_review() {
    Event summit = astanaSummit();
    summit.submitForReview("aigul", NOW);
    assertEquals(EntryStatus.IN_REVIEW, summit.status());
    assertThrows(IllegalStateException.class, () -> summit.submitForReview("aigul", NOW));
  }

  @Test
  void an_import_restores_a_published_entry_only_when_every_claim_is_cited() {
    Event summit = astanaSummit();
    summit.addClaim(
        "held-004", "held", days("2025-06-16", "2025-06-17"), null, null, ClaimKind.ACTUAL, null);

    assertThrows(
        PublishingBlockedException.class, () -> summit.restoreStatus(EntryStatus.PUBLISHED));
    assertEquals(EntryStatus.DRAFT, summit.status());
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

  @Test
  void a_claim_naming_an_entry_nobody_published_cannot_be_approved_and_the_reviewer_is_told_why() {
    Country azerbaijan = draftCountry();
    Project railway = railway();
    railway
        .addClaim(
            "railway-country",
            "country",
            ClaimValue.entry(azerbaijan),
            null,
            null,
            ClaimKind.ACTUAL,
            null)
        .cite(article("seed-000"), "Azerbaijan");
    railway.recordEdit("aigul", NOW, "added a claim");
    railway.submitForReview("aigul", NOW);

    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> railway.approve("bakyt", NOW, true));

    assertEquals(
        "The country of CKU railway is Azerbaijan, which is not published."
            + " Publish Azerbaijan first, or change the claim.",
        refused.getMessage());
    assertEquals(EntryStatus.IN_REVIEW, railway.status());
    assertTrue(railway.claims().isEmpty());
  }

  @Test
  void a_published_claim_naming_an_entry_archived_since_is_not_shown_to_readers() {
    Country azerbaijan = draftCountry();
    azerbaijan.restoreStatus(EntryStatus.PUBLISHED);
    Project railway = railway();
    railway
        .addClaim(
            "railway-country",
            "country",
            ClaimValue.entry(azerbaijan),
            null,
            null,
            ClaimKind.ACTUAL,
            null)
        .cite(article("seed-000"), "Azerbaijan");
    railway.restoreStatus(EntryStatus.PUBLISHED);
    assertEquals(1, railway.claims().size());

    azerbaijan.archive();

    assertTrue(railway.claims().isEmpty(), "readers would see an archived entry's name");
    assertEquals(1, railway.workingClaims().size(), "editors still see the claim");
  }

  @Test
  void a_claim_derived_from_a_draft_of_another_entry_cannot_be_approved() {
    Indicator trade =
        new Indicator("indicator/trade", new LocalizedName("Trade", null, null), Unit.USD_BILLION);
    Claim draftOrigin =
        trade.addClaim(
            "t-2024",
            "observation",
            billionUsd("94.8", Bound.EXACT),
            TimeSpan.year(2024),
            null,
            ClaimKind.ACTUAL,
            null);
    Indicator share =
        new Indicator("indicator/share", new LocalizedName("Share", null, null), Unit.USD_BILLION);
    share
        .addClaim(
            "s-2024",
            "observation",
            billionUsd("94.8", Bound.EXACT),
            TimeSpan.year(2024),
            null,
            ClaimKind.DERIVED,
            null)
        .deriveFrom(draftOrigin);
    share.recordEdit("aigul", NOW, "added a claim");
    share.submitForReview("aigul", NOW);

    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> share.approve("bakyt", NOW, true));
    assertTrue(refused.getMessage().contains("derived from"), refused.getMessage());
    assertEquals(EntryStatus.IN_REVIEW, share.status());
  }

  private static Country draftCountry() {
    return new Country(
        new CountryCode("AZ"),
        CountryRole.CENTRAL_ASIAN_STATE,
        new LocalizedName("Azerbaijan", null, null));
  }

  static Event citedSummit() {
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
    return summit;
  }
}
