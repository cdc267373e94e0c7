package org.silkway.core.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.entry.EntryType;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;
import org.silkway.core.text.InvalidFieldException;

/** The admin lists' query on both databases, over the seed's eleven projects. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntryListTest {

  private final java.util.Map<TestDatabase, Persistence> databases =
      new java.util.EnumMap<>(TestDatabase.class);

  @BeforeAll
  void seed() {
    for (TestDatabase database : TestDatabase.values()) {
      Persistence db = Persistence.on(database);
      SeededRegister.importInto(db);
      databases.put(database, db);
    }
  }

  @AfterAll
  void close() {
    databases.values().forEach(Persistence::close);
  }

  private <T> T on(TestDatabase database, Function<EntryList, T> query) {
    return databases.get(database).inTransaction(em -> query.apply(new EntryList(em)));
  }

  private List<String> keys(TestDatabase database, EntryFilter filter) {
    return on(database, list -> list.page(filter, 0, 100, "key", true)).stream()
        .map(EntryRow::key)
        .toList();
  }

  private static EntryFilter projects(
      String search,
      String name,
      String sector,
      String country,
      String stage,
      String from,
      String to) {
    return new EntryFilter(EntryType.PROJECT, search, name, null, sector, country, stage, from, to);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_page_holds_its_rows_and_the_count_holds_them_all(TestDatabase database) {
    EntryFilter all = EntryFilter.of(EntryType.PROJECT);
    List<EntryRow> second = on(database, list -> list.page(all, 5, 5, "name", true));

    long count = on(database, list -> list.count(all));
    assertEquals(11L, count);
    assertEquals(5, second.size());
    List<String> names = second.stream().map(EntryRow::nameEn).toList();
    assertEquals(names.stream().sorted().toList(), names, "sorted by name");
    EntryRow railway =
        on(
                database,
                list ->
                    list.page(
                        projects("cku", null, null, null, null, null, null), 0, 5, "name", true))
            .get(0);
    assertEquals(23L, railway.claims());
    assertEquals(EntryStatus.PUBLISHED, railway.status());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_name_matches_in_any_language_and_wildcards_match_themselves(TestDatabase database) {
    for (String part : List.of("Railway", "железная", "中吉乌铁路")) {
      assertEquals(
          List.of("project/cku-railway"),
          keys(database, projects(null, part, null, null, null, null, null)),
          part);
    }
    assertTrue(keys(database, projects(null, "%", null, null, null, null, null)).isEmpty());
    assertTrue(keys(database, projects("\u0000_", null, null, null, null, null, null)).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void sector_country_stage_and_dates_narrow_the_list_through_the_claims(TestDatabase database) {
    assertEquals(
        List.of("project/china-kazakhstan-oil-gas-pipelines", "project/luban-workshops"),
        keys(database, projects(null, null, null, "country/KZ", null, null, null)));
    assertEquals(
        List.of("project/cku-railway"),
        keys(database, projects(null, null, "sector/transport", null, null, null, null)));
    assertEquals(
        List.of(
            "project/cku-railway",
            "project/tajikistan-government-buildings-highways",
            "project/uzbekistan-gas-power-plant-1500mw"),
        keys(database, projects(null, null, null, null, "UNDER_CONSTRUCTION", null, null)));
    assertEquals(
        List.of("project/cku-railway"),
        keys(
            database,
            projects(
                null,
                null,
                "sector/transport",
                "country/KG",
                "UNDER_CONSTRUCTION",
                "2030-06",
                "2031")));
    assertTrue(
        keys(database, projects(null, null, null, null, null, "2031", null)).stream()
            .noneMatch("project/cku-railway"::equals));
    assertTrue(
        keys(database, projects(null, null, null, null, null, null, "2029-12-31")).stream()
            .noneMatch("project/cku-railway"::equals));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_date_that_is_not_one_is_refused_at_its_field(TestDatabase database) {
    InvalidFieldException e =
        assertThrows(
            InvalidFieldException.class,
            () -> keys(database, projects(null, null, null, null, null, "June 2024", null)));
    assertEquals("from", e.field());
  }
}
