package org.silkway.core.register;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.access.TestCallers;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.entry.EntryType;
import org.silkway.core.register.RegisterImporter.ImportResult;
import org.silkway.core.source.SourceRepository;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.TestDatabase;

/**
 * The benchmark register is one the importer takes: a small instance goes through the real import
 * on both databases, and the full size passes every import rule in memory.
 */
class SyntheticRegisterTest {

  private static final int SMALL_PROJECTS = 200;
  private static final int SMALL_SOURCES = 200;

  private static long claims(RegisterDocument document) {
    return document.entries().stream().mapToLong(e -> e.claims().size()).sum();
  }

  private static long projects(RegisterDocument document) {
    return document.entries().stream().filter(e -> e.type().equals("PROJECT")).count();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_small_synthetic_register_imports_whole_into_an_empty_database(TestDatabase database) {
    RegisterDocument document = SyntheticRegister.of(SMALL_PROJECTS, SMALL_SOURCES);
    RegisterDocument seed = SeedLoader.seed();
    try (Persistence db = Persistence.on(database)) {
      ImportResult result =
          db.inTransaction(
              "import",
              em ->
                  new RegisterStore(em, TestCallers.admin("import"))
                      .storeIntoEmptyRegister(document));

      assertEquals(seed.sources().size() + SMALL_SOURCES, result.sources());
      assertEquals(document.entries().size(), result.entries());
      assertEquals(claims(document), result.claims());
      long storedProjects =
          db.inTransaction(em -> (long) new EntryRepository(em).ofType(EntryType.PROJECT).size());
      assertEquals(projects(seed) + SMALL_PROJECTS, storedProjects);
      long storedSources = db.inTransaction(em -> new SourceRepository(em).count());
      assertEquals(result.sources(), storedSources);
      long published = db.inTransaction(em -> (long) new EntryRepository(em).published().size());
      assertEquals(document.entries().size(), published);
    }
  }

  @Test
  void the_benchmark_register_passes_every_import_rule_and_is_as_large_as_promised() {
    RegisterDocument document = SyntheticRegister.full();

    UnsavedRegister register = UnsavedRegister.of(document);

    assertTrue(projects(document) >= 5_000, "projects: " + projects(document));
    assertTrue(claims(document) >= 50_000, "claims: " + claims(document));
    assertTrue(register.sources().size() >= 2_000, "sources: " + register.sources().size());
    assertTrue(
        register.entries().stream().allMatch(e -> e.uncitedClaims().isEmpty()),
        "every claim is cited");
  }

  @Test
  void projects_spread_over_the_six_framework_countries_and_the_ten_sectors() {
    RegisterDocument document = SyntheticRegister.of(SMALL_PROJECTS, SMALL_SOURCES);
    Set<String> countries = new TreeSet<>();
    Set<String> sectors = new TreeSet<>();
    document.entries().stream()
        .filter(e -> e.key().startsWith("project/syn-"))
        .flatMap(e -> e.claims().stream())
        .forEach(
            c -> {
              if (c.property().equals("country")) {
                countries.add(c.value().entry());
              } else if (c.property().equals("sector")) {
                sectors.add(c.value().entry());
              }
            });

    assertEquals(
        Set.of("country/CN", "country/KZ", "country/KG", "country/TJ", "country/TM", "country/UZ"),
        countries);
    assertEquals(10, sectors.size(), sectors.toString());
  }

  @Test
  void the_same_sizes_give_the_same_bytes_so_that_benchmark_runs_compare() {
    assertArrayEquals(json(SyntheticRegister.of(40, 10)), json(SyntheticRegister.of(40, 10)));
  }

  private static byte[] json(RegisterDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RegisterJsonWriter.write(document, out);
    return out.toByteArray();
  }
}
