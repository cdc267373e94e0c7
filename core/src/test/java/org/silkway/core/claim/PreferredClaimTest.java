package org.silkway.core.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.silkway.core.support.Fixtures.astanaSummit;
import static org.silkway.core.support.Fixtures.billionUsd;
import static org.silkway.core.support.Fixtures.days;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkway.core.event.Event;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.indicator.Indicator;
import org.silkway.core.time.TimeSpan;

class PreferredClaimTest {

  @Test
  void preferring_a_claim_demotes_the_one_preferred_before_and_keeps_both() {
    Event summit = astanaSummit();
    Claim threeDays =
        summit.addClaim(
            "held-000",
            "held",
            days("2025-06-16", "2025-06-18"),
            null,
            null,
            ClaimKind.ACTUAL,
            null);
    Claim twoDays =
        summit.addClaim(
            "held-004",
            "held",
            days("2025-06-16", "2025-06-17"),
            null,
            null,
            ClaimKind.ACTUAL,
            null);

    threeDays.publish();
    twoDays.publish();
    summit.prefer(threeDays);
    summit.prefer(twoDays);

    assertTrue(twoDays.isPreferred());
    assertFalse(threeDays.isPreferred());
    assertEquals(
        2, summit.workingClaims().stream().filter(c -> c.property().equals("held")).count());
  }

  @Test
  void a_preferred_claim_about_another_period_is_left_alone() {
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
    Claim y2025 =
        trade.addClaim(
            "t-2025",
            "observation",
            billionUsd("100", Bound.MORE_THAN),
            TimeSpan.year(2025),
            null,
            ClaimKind.FORECAST,
            null);

    y2024.publish();
    y2025.publish();
    trade.prefer(y2024);
    trade.prefer(y2025);

    assertTrue(y2024.isPreferred());
    assertTrue(y2025.isPreferred());
  }

  @Test
  void claims_that_give_different_values_for_the_same_thing_are_a_disagreement() {
    Event summit = astanaSummit();
    summit.addClaim(
        "held-000", "held", days("2025-06-16", "2025-06-18"), null, null, ClaimKind.ACTUAL, null);
    summit.addClaim(
        "held-003", "held", days("2025-06-16", "2025-06-18"), null, null, ClaimKind.ACTUAL, null);
    summit.addClaim(
        "held-004", "held", days("2025-06-16", "2025-06-17"), null, null, ClaimKind.ACTUAL, null);
    summit.addClaim(
        "d-1",
        "description",
        ClaimValue.text("The second summit"),
        null,
        null,
        ClaimKind.ACTUAL,
        null);
    summit.addClaim(
        "d-2",
        "description",
        ClaimValue.text("Held in Astana"),
        null,
        null,
        ClaimKind.ACTUAL,
        null);

    List<Disagreement> disagreements = summit.workingDisagreements();

    assertEquals(1, disagreements.size(), "descriptions are many-valued, not a disagreement");
    assertEquals("held", disagreements.get(0).property());
    assertEquals(3, disagreements.get(0).claims().size());
  }

  @Test
  void a_property_rejects_a_value_of_the_wrong_kind() {
    Event summit = astanaSummit();
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () ->
                summit.addClaim(
                    "x", "held", ClaimValue.text("June"), null, null, ClaimKind.ACTUAL, null));
    assertEquals("'held' takes [TIME], not TEXT", e.getMessage());
  }
}
