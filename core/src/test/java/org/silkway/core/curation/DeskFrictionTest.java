package org.silkway.core.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.silkway.core.support.ClaimForms.cost;
import static org.silkway.core.support.ClaimForms.withAmount;
import static org.silkway.core.support.ClaimForms.withCitations;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.access.Callers;
import org.silkway.core.access.TestCallers;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.Unit;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.entry.EntryType;
import org.silkway.core.entry.PublishingBlockedException;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;
import org.silkway.core.text.InvalidFieldException;

/**
 * The editors' desk without its old frictions, on H2 and PostgreSQL with the seed loaded: a
 * correction starts from the claim's citations, a claim is never saved without one, what blocks
 * review is said in words, a pending correction is no disagreement, a conflict names who and what,
 * and a new entry takes its country and sector.
 */
class DeskFrictionTest {

  private static final String RAILWAY = "project/cku-railway";
  private static final String COST = "cku-railway-cost-002";
  private static final Callers AIGUL = TestCallers.editor("aigul");
  private static final Callers DANIYAR = TestCallers.editor("daniyar");

  private Persistence db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private void seed(TestDatabase database) {
    db = Persistence.on(database);
    SeededRegister.importInto(db);
  }

  private <T> T as(Callers curator, Function<EntryEditing, T> work) {
    return db.inTransaction(
        curator.current().name(), em -> work.apply(new EntryEditing(em, curator, true)));
  }

  private <T> T read(String key, Function<Entry, T> reading) {
    return db.inTransaction(em -> reading.apply(new EntryRepository(em).byKey(key).orElseThrow()));
  }

  private long version(String key) {
    return read(key, Entry::version);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_correction_starts_from_the_claims_citations_and_keeps_them(TestDatabase database) {
    seed(database);
    ClaimInput opened = as(AIGUL, e -> e.inputOf(RAILWAY, COST)).orElseThrow();
    assertEquals(1, opened.citations().size(), "the form starts from the claim's citation");
    assertEquals("seed-002", opened.citations().get(0).sourceKey());
    assertFalse(opened.citations().get(0).excerpt().isBlank());

    String correction =
        as(
            AIGUL,
            e ->
                e.correctClaim(
                    RAILWAY, version(RAILWAY), COST, withAmount(opened, "350", Unit.CNY_MILLION)));

    List<String> cited =
        read(
            RAILWAY,
            entry ->
                entry.claim(correction).orElseThrow().citations().stream()
                    .map(c -> c.source().key())
                    .toList());
    assertEquals(List.of("seed-002"), cited);
    assertTrue(read(RAILWAY, Entry::uncitedClaims).isEmpty(), "nothing blocks review");
    Unit unit = read(RAILWAY, entry -> entry.claim(correction).orElseThrow().value().unit());
    assertEquals(Unit.CNY_MILLION, unit, "kept in the currency and scale entered");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_draft_corrected_in_place_rests_on_the_citations_given_then_and_no_others(
      TestDatabase database) {
    seed(database);
    String added =
        as(
            AIGUL,
            e ->
                e.addClaim(
                    RAILWAY,
                    version(RAILWAY),
                    cost("9", Unit.USD_BILLION, List.of(CitationInput.of("seed-001", "$9")))));
    ClaimInput opened = as(AIGUL, e -> e.inputOf(RAILWAY, added)).orElseThrow();

    as(
        AIGUL,
        e ->
            e.correctClaim(
                RAILWAY,
                version(RAILWAY),
                added,
                withCitations(opened, List.of(CitationInput.of("seed-003", "$9.5")))));

    List<String> excerpts =
        read(
            RAILWAY,
            entry ->
                entry.claim(added).orElseThrow().citations().stream()
                    .map(c -> c.source().key() + " " + c.excerpt())
                    .toList());
    assertEquals(List.of("seed-003 $9.5"), excerpts);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_claim_without_a_citation_is_refused_at_its_first_citation_and_nothing_is_saved(
      TestDatabase database) {
    seed(database);
    long before = version(RAILWAY);
    ClaimInput opened = as(AIGUL, e -> e.inputOf(RAILWAY, COST)).orElseThrow();

    InvalidFieldException added =
        assertThrows(
            InvalidFieldException.class,
            () -> as(AIGUL, e -> e.addClaim(RAILWAY, before, cost("9", Unit.USD_BILLION, null))));
    InvalidFieldException corrected =
        assertThrows(
            InvalidFieldException.class,
            () ->
                as(
                    AIGUL,
                    e -> e.correctClaim(RAILWAY, before, COST, withCitations(opened, List.of()))));

    assertEquals("citations[0].source", added.field());
    assertEquals("citations[0].source", corrected.field());
    assertTrue(added.getMessage().contains("Cite a source"), added.getMessage());
    assertEquals(before, version(RAILWAY));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_new_entry_takes_its_country_and_sector_and_what_blocks_its_review_is_said_in_words(
      TestDatabase database) {
    seed(database);
    String key =
        as(
            AIGUL,
            e ->
                e.create(
                    EntryType.PROJECT,
                    new LocalizedName("Aral solar park", null, null),
                    Map.of(),
                    "country/KZ",
                    "sector/energy"));
    List<String> placed =
        read(
            key,
            entry ->
                entry.workingClaims().stream()
                    .map(c -> c.property() + "=" + c.value().entry().key())
                    .toList());
    assertEquals(List.of("country=country/KZ", "sector=sector/energy"), placed);

    PublishingBlockedException blocked =
        assertThrows(
            PublishingBlockedException.class,
            () ->
                as(
                    AIGUL,
                    e -> {
                      e.submit(key, version(key));
                      return null;
                    }));

    String message = blocked.getMessage();
    assertTrue(message.contains("“Aral solar park”"), message);
    assertTrue(message.contains("Country (Kazakhstan)"), message);
    assertTrue(message.contains("Sector (Energy)"), message);
    assertFalse(message.contains("aral-solar-park-country"), "no claim key: " + message);
    InvalidFieldException noSuchCountry =
        assertThrows(
            InvalidFieldException.class,
            () ->
                as(
                    AIGUL,
                    e ->
                        e.create(
                            EntryType.PROJECT,
                            new LocalizedName("Nowhere plant", null, null),
                            Map.of(),
                            "sector/energy",
                            null)));
    assertEquals("country", noSuchCountry.field());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_pending_correction_is_a_proposed_change_not_a_disagreement(TestDatabase database) {
    seed(database);
    ClaimInput opened = as(AIGUL, e -> e.inputOf(RAILWAY, COST)).orElseThrow();
    String correction =
        as(
            AIGUL,
            e ->
                e.correctClaim(
                    RAILWAY, version(RAILWAY), COST, withAmount(opened, "9", Unit.USD_BILLION)));

    List<List<String>> groups =
        read(
            RAILWAY,
            entry ->
                entry.workingDisagreements().stream()
                    .map(d -> d.claims().stream().map(Claim::key).toList())
                    .toList());
    assertFalse(
        groups.stream().anyMatch(g -> g.contains(COST) && g.contains(correction)),
        "the corrected claim and its correction side by side: " + groups);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_conflict_names_who_changed_what_with_its_values_or_you_in_another_tab(
      TestDatabase database) {
    seed(database);
    long opened = version(RAILWAY);
    ClaimInput cost = as(AIGUL, e -> e.inputOf(RAILWAY, COST)).orElseThrow();
    as(
        AIGUL,
        e -> e.correctClaim(RAILWAY, opened, COST, withAmount(cost, "8.5", Unit.USD_BILLION)));

    EditConflictException other =
        assertThrows(
            EditConflictException.class,
            () ->
                as(
                    DANIYAR,
                    e -> {
                      e.retractClaim(RAILWAY, opened, COST);
                      return null;
                    }));
    EditConflictException self =
        assertThrows(
            EditConflictException.class,
            () ->
                as(
                    AIGUL,
                    e -> {
                      e.retractClaim(RAILWAY, opened, COST);
                      return null;
                    }));

    assertTrue(
        other.getMessage().startsWith("aigul changed “China–Kyrgyzstan–Uzbekistan railway”"),
        other.getMessage());
    assertTrue(
        other
            .getMessage()
            .contains("corrected Cost: 8 billion US dollars → 8.5 billion US dollars"),
        other.getMessage());
    assertTrue(
        self.getMessage()
            .startsWith("You changed “China–Kyrgyzstan–Uzbekistan railway” in another"),
        self.getMessage());
  }
}
