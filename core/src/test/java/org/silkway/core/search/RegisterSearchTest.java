package org.silkway.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.access.Callers;
import org.silkway.core.access.TestCallers;
import org.silkway.core.curation.CitationInput;
import org.silkway.core.curation.EntryEditing;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.support.ClaimForms;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;

/**
 * Search over the seed on both databases, with a draft entry and a draft claim added by an editor:
 * what readers and editors find, in each language, and in which order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterSearchTest {

  private static final Callers EDITOR = TestCallers.editor("aigul");
  private static final String DRAFT_NAME = "Ymyrtau dry port expansion";
  private static final String DRAFT_CLAIM = "A second gantry crane at the Ymyrtau terminal";

  private final Map<TestDatabase, Persistence> databases = new EnumMap<>(TestDatabase.class);

  @BeforeAll
  void seedWithDrafts() {
    for (TestDatabase database : TestDatabase.values()) {
      Persistence db = Persistence.on(database);
      SeededRegister.importInto(db);
      db.inTransaction(
          EDITOR.current().name(),
          em -> {
            EntryEditing desk = new EntryEditing(em, EDITOR, true);
            desk.create(
                EntryType.PROJECT,
                new LocalizedName(DRAFT_NAME, "Расширение сухого порта Ымыртау", "伊梅尔套陆港扩建"),
                Map.of());
            Entry railway = new EntryRepository(em).byKey("project/cku-railway").orElseThrow();
            return desk.addClaim(
                railway.key(),
                railway.version(),
                ClaimForms.text(
                    "description",
                    DRAFT_CLAIM,
                    List.of(CitationInput.of("seed-002", "a second gantry crane"))));
          });
      databases.put(database, db);
    }
  }

  @AfterAll
  void close() {
    databases.values().forEach(Persistence::close);
  }

  private List<SearchHit> find(TestDatabase database, String typed, Audience audience) {
    return on(database, search -> search.find(typed, audience, 20));
  }

  private <T> T on(TestDatabase database, Function<RegisterSearch, T> work) {
    return databases.get(database).inTransaction(em -> work.apply(new RegisterSearch(em)));
  }

  private static Optional<SearchHit> hit(List<SearchHit> hits, String key) {
    return hits.stream().filter(h -> h.key().equals(key)).findFirst();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_name_is_found_in_each_of_its_languages_and_an_exact_name_comes_first(TestDatabase db) {
    for (String typed : List.of("Kazakhstan", "казахстан", "哈萨克斯坦")) {
      List<SearchHit> hits = find(db, typed, Audience.READERS);
      assertEquals("country/KZ", hits.get(0).key(), typed + ": " + hits);
      assertEquals(MatchedIn.NAME_EXACT, hits.get(0).matchedIn(), typed);
      assertEquals("country", hits.get(0).type());
      assertEquals("PUBLISHED", hits.get(0).status());
    }
    for (String typed : List.of("railway", "железная дорога", "铁路")) {
      SearchHit railway =
          hit(find(db, typed, Audience.READERS), "project/cku-railway")
              .orElseThrow(() -> miss(typed));
      assertTrue(
          railway.matchedIn().compareTo(MatchedIn.NAME) <= 0, typed + ": " + railway.matchedIn());
      assertEquals("project", railway.type());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_place_mentioned_only_in_claims_finds_the_entry_with_the_words_around_it(TestDatabase db) {
    List<SearchHit> hits = find(db, "kashgar", Audience.READERS);

    SearchHit railway = hit(hits, "project/cku-railway").orElseThrow(() -> miss("kashgar"));
    assertEquals(MatchedIn.CLAIM_TEXT, railway.matchedIn(), "a claim's text beats an excerpt");
    assertTrue(railway.excerpt().contains("Kashgar"), railway.excerpt());
    assertEquals(1, hits.stream().filter(h -> h.key().equals("project/cku-railway")).count());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_source_is_found_by_its_title(TestDatabase db) {
    SearchHit source =
        hit(find(db, "powerful push", Audience.READERS), "seed-002")
            .orElseThrow(() -> miss("push"));

    assertTrue(source.isSource());
    assertEquals(MatchedIn.SOURCE_TITLE, source.matchedIn());
    assertEquals(
        "China–Central Asia Summit: Powerful Push for Economic Cooperation", source.excerpt());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void readers_never_find_drafts_and_editors_find_them_with_their_status(TestDatabase db) {
    for (String typed : List.of("ymyrtau", "ымыртау", "伊梅尔套", "gantry crane")) {
      assertTrue(find(db, typed, Audience.READERS).isEmpty(), typed);
    }

    SearchHit draft =
        find(db, "ымыртау", Audience.EDITORS).stream()
            .filter(h -> h.name().in(Language.EN).equals(DRAFT_NAME))
            .findFirst()
            .orElseThrow(() -> miss("ымыртау"));
    assertEquals("DRAFT", draft.status());
    assertEquals(MatchedIn.NAME, draft.matchedIn());

    SearchHit claim =
        hit(find(db, "gantry crane", Audience.EDITORS), "project/cku-railway")
            .orElseThrow(() -> miss("gantry crane"));
    assertEquals("DRAFT", claim.status(), "the status of the claim that matched");
    assertEquals(MatchedIn.CLAIM_TEXT, claim.matchedIn());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void keys_are_searched_for_editors_only(TestDatabase db) {
    assertTrue(hit(find(db, "cku-rail", Audience.EDITORS), "project/cku-railway").isPresent());
    assertTrue(find(db, "cku-rail", Audience.READERS).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void nothing_typed_finds_nothing_and_wildcards_match_themselves(TestDatabase db) {
    assertTrue(find(db, "  ", Audience.EDITORS).isEmpty());
    assertTrue(find(db, null, Audience.EDITORS).isEmpty());
    for (SearchHit percent : find(db, "%", Audience.EDITORS)) {
      String text = percent.excerpt() == null ? percent.name().in(Language.EN) : percent.excerpt();
      assertTrue(text.contains("%"), "% matches itself only, not any text: " + percent);
    }
    assertTrue(find(db, "_\u0000", Audience.EDITORS).isEmpty());
    assertEquals(3, on(db, s -> s.find("a", Audience.READERS, 3)).size(), "the limit holds");
    for (SearchHit hit : find(db, "ka", Audience.EDITORS)) {
      assertTrue(
          hit.matchedIn().compareTo(MatchedIn.SOURCE_TITLE) <= 0,
          "two letters search names, keys and titles, not every text: " + hit);
    }
  }

  private static AssertionError miss(String typed) {
    return new AssertionError("nothing found for " + typed);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_hit_is_placed_in_the_countries_and_sectors_its_published_claims_name(TestDatabase db) {
    Map<String, List<String>> places =
        on(
            db,
            s ->
                s.placesOf(
                    List.of("project/cku-railway", "country/KZ", "source-less/none"),
                    List.of("country", "sector", "located-in")));

    assertEquals(
        List.of("country/CN", "country/KG", "country/UZ", "sector/transport"),
        places.get("project/cku-railway"));
    assertEquals(List.of("country/KZ"), places.get("country/KZ"));
    assertEquals(null, places.get("source-less/none"));
  }
}
