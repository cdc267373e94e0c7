package org.silkway.core.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.silkway.core.support.Fixtures.article;
import static org.silkway.core.support.Fixtures.days;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.claim.ClaimStatus;
import org.silkway.core.event.Event;
import org.silkway.core.event.EventKind;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.text.InvalidFieldException;

/** A published entry stays as readers know it while editors' changes to it wait for review. */
class WaitingChangesTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private Event summit;
  private Claim held;

  @BeforeEach
  void a_published_summit() {
    summit = PublishingTest.citedSummit();
    held = summit.claim("held-000").orElseThrow();
    summit.restoreStatus(EntryStatus.PUBLISHED);
  }

  @Test
  void a_new_claim_on_a_published_entry_waits_for_review() {
    summit
        .addClaim(
            "held-004",
            "held",
            days("2025-06-16", "2025-06-17"),
            null,
            null,
            ClaimKind.ACTUAL,
            null)
        .cite(article("seed-004"), "June 16-17");
    summit.recordEdit("aigul", NOW, "added a claim: held");

    assertEquals(List.of(held), summit.claims());
    assertEquals(2, summit.workingClaims().size());
    assertEquals(ChangeStatus.DRAFTED, summit.changes());

    summit.submitForReview("aigul", NOW);
    assertEquals(EntryStatus.PUBLISHED, summit.status(), "readers keep the published entry");
    assertEquals(1, summit.claims().size());

    summit.approve("bakyt", NOW, true);
    assertEquals(2, summit.claims().size());
    assertEquals(ChangeStatus.NONE, summit.changes());
  }

  @Test
  void a_correction_replaces_the_published_claim_only_when_approved() {
    Claim corrected =
        summit.correct(
            held, "held-000-b", days("2025-06-16", "2025-06-17"), null, null, ClaimKind.ACTUAL, "");
    summit.cite(corrected, article("seed-004"), "June 16-17");
    summit.recordEdit("aigul", NOW, "corrected held-000");

    assertEquals(List.of(held), summit.claims());
    assertThrows(
        InvalidFieldException.class,
        () ->
            summit.correct(
                held,
                "held-000-c",
                days("2025-06-16", "2025-06-16"),
                null,
                null,
                ClaimKind.ACTUAL,
                ""));

    summit.submitForReview("aigul", NOW);
    summit.approve("bakyt", NOW, true);

    assertEquals(List.of(corrected), summit.claims());
    assertEquals(ClaimStatus.RETRACTED, held.status());
    assertEquals(2, summit.allClaims().size(), "the corrected claim stays in the register");
  }

  @Test
  void a_retraction_of_a_published_claim_waits_and_a_draft_claim_is_retracted_at_once() {
    summit.retract(held);
    summit.recordEdit("aigul", NOW, "retracted held-000");
    assertEquals(List.of(held), summit.claims());
    assertTrue(held.isRetractionProposed());

    Claim draft =
        summit.addClaim(
            "held-009",
            "held",
            days("2025-06-15", "2025-06-17"),
            null,
            null,
            ClaimKind.ACTUAL,
            null);
    summit.retract(draft);
    assertEquals(ClaimStatus.RETRACTED, draft.status());

    summit.submitForReview("aigul", NOW);
    summit.approve("bakyt", NOW, true);
    assertTrue(summit.claims().isEmpty());
    assertEquals(ClaimStatus.RETRACTED, held.status());
  }

  @Test
  void a_new_name_and_attributes_of_a_published_entry_wait_for_review() {
    summit.rename(new LocalizedName("Astana summit (2nd)", "Астанинский саммит", null));
    summit.changeAttributes(Map.of("kind", "MINISTERIAL_MEETING"));
    summit.recordEdit("aigul", NOW, "renamed");

    assertEquals("Astana summit", summit.name().in(Language.EN));
    assertEquals("Astana summit (2nd)", summit.workingName(Language.EN));
    assertEquals(EventKind.SUMMIT, summit.kind());

    summit.submitForReview("aigul", NOW);
    summit.approve("bakyt", NOW, true);
    assertEquals("Astana summit (2nd)", summit.name().in(Language.EN));
    assertEquals(EventKind.MINISTERIAL_MEETING, summit.kind());
    assertFalse(summit.proposedName().isPresent());
  }

  @Test
  void a_wrong_attribute_is_refused_at_its_field() {
    InvalidFieldException e =
        assertThrows(
            InvalidFieldException.class, () -> summit.changeAttributes(Map.of("kind", "PARTY")));
    assertEquals("attributes.kind", e.field());
  }

  @Test
  void a_published_claim_is_cited_through_a_correction_not_in_place() {
    assertThrows(
        IllegalStateException.class, () -> summit.cite(held, article("seed-004"), "June 16-17"));
  }
}
