package org.silkway.core.register;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.access.TestCallers;
import org.silkway.core.audit.AuditTrail;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.project.Project;
import org.silkway.core.register.RegisterImporter.ImportResult;
import org.silkway.core.source.SourceRepository;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.TestDatabase;

/**
 * The register on H2 and on PostgreSQL: the seed loads once, export and import round-trip, a
 * rejected import changes nothing, and imports at once never fill the register twice.
 */
class RegisterOnDatabaseTest {

  private static RegisterStore store(jakarta.persistence.EntityManager em) {
    return new RegisterStore(em, TestCallers.admin("import"));
  }

  private static ImportResult importSeed(Persistence db) {
    return db.inTransaction(SeedLoader.EDITOR, em -> store(em).storeSeedIntoEmptyRegister());
  }

  private static String exportJson(Persistence db) {
    RegisterDocument document =
        db.inTransaction(em -> new RegisterHistory(em).current().document());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RegisterJsonWriter.write(document, out);
    // The streamed writer must give the bytes of the in-memory one it replaced.
    assertArrayEquals(
        RegisterJsonWriterTest.inMemory(document), out.toByteArray(), "streamed export differs");
    return out.toString(StandardCharsets.UTF_8);
  }

  private static long entryCount(Persistence db) {
    return db.inTransaction(em -> new EntryRepository(em).count());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void the_seed_loads_into_an_empty_register_and_a_second_load_adds_nothing(TestDatabase database) {
    try (Persistence db = Persistence.on(database)) {
      ImportResult first = importSeed(db);
      assertEquals(78, first.entries());
      assertEquals(5, first.sources());
      assertEquals(
          SeedLoader.seed().entries().stream().mapToInt(e -> e.claims().size()).sum(),
          first.claims());

      assertThrows(RegisterNotEmptyException.class, () -> importSeed(db));
      boolean empty = db.inTransaction(em -> store(em).isEmpty());
      assertFalse(empty);
      assertEquals(78, entryCount(db));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void export_then_import_then_export_gives_the_same_document(TestDatabase database) {
    String firstExport;
    try (Persistence original = Persistence.on(database)) {
      importSeed(original);
      firstExport = exportJson(original);
    }
    try (Persistence restored = Persistence.on(database)) {
      RegisterDocument document =
          RegisterJsonReader.read(
              new ByteArrayInputStream(firstExport.getBytes(StandardCharsets.UTF_8)));
      restored.inTransaction("import", em -> store(em).storeIntoEmptyRegister(document));

      assertEquals(firstExport, exportJson(restored));
    }
    assertTrue(firstExport.contains("\"project/cku-railway\""));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void money_in_any_currency_and_scale_round_trips_as_entered(TestDatabase database) {
    String document =
        Documents.withEntries(
            Documents.rail(
                    Documents.claim(
                            "c1",
                            "cost",
                            "{\"amount\":\"350\",\"unit\":\"CNY_MILLION\",\"bound\":\"ABOUT\"}")
                        + ","
                        + Documents.claim(
                            "c2",
                            "cost",
                            "{\"amount\":\"800\",\"unit\":\"KZT_THOUSAND\",\"bound\":\"EXACT\"}"))
                .replace("\"DRAFT\"", "\"PUBLISHED\""));
    String firstExport;
    try (Persistence original = Persistence.on(database)) {
      original.inTransaction("import", em -> store(em).storeIntoEmptyRegister(read(document)));
      firstExport = exportJson(original);
    }
    try (Persistence restored = Persistence.on(database)) {
      restored.inTransaction("import", em -> store(em).storeIntoEmptyRegister(read(firstExport)));
      assertEquals(firstExport, exportJson(restored));
    }
    String compact = firstExport.replaceAll("\\s+", "");
    assertTrue(compact.contains("\"amount\":\"350.000000\",\"unit\":\"CNY_MILLION\""), compact);
    assertTrue(compact.contains("\"amount\":\"800.000000\",\"unit\":\"KZT_THOUSAND\""), compact);
  }

  private static RegisterDocument read(String json) {
    return RegisterJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void an_excerpt_too_long_for_its_column_is_refused_before_anything_is_written(
      TestDatabase database) {
    RegisterDocument seed = SeedLoader.seed();
    // Once valid for the domain and refused by the database only (a 500); now refused first.
    var lastEntry = seed.entries().get(seed.entries().size() - 1);
    var claim = lastEntry.claims().get(0);
    var tooLong =
        new RegisterDocument.CitationRecord(claim.citations().get(0).source(), "x".repeat(2001));
    var brokenClaim =
        new RegisterDocument.ClaimRecord(
            claim.key(),
            claim.property(),
            claim.value(),
            claim.when(),
            claim.asStated(),
            claim.kind(),
            claim.preferred(),
            claim.derivedFrom(),
            claim.note(),
            List.of(tooLong));
    var brokenEntry =
        new RegisterDocument.EntryRecord(
            lastEntry.key(),
            lastEntry.type(),
            lastEntry.status(),
            lastEntry.names(),
            lastEntry.attributes(),
            List.of(brokenClaim));
    List<RegisterDocument.EntryRecord> entries = new java.util.ArrayList<>(seed.entries());
    entries.set(entries.size() - 1, brokenEntry);
    RegisterDocument broken = new RegisterDocument(seed.sources(), entries);

    try (Persistence db = Persistence.on(database)) {
      InvalidRegisterException e =
          assertThrows(
              InvalidRegisterException.class,
              () -> db.inTransaction("import", em -> store(em).storeIntoEmptyRegister(broken)));

      ImportProblem first = e.problems().get(0);
      assertEquals("claims[0].citations[0].excerpt", first.field());
      assertTrue(first.message().contains("at most 2000"), first.message());

      assertEquals(0, entryCount(db));
      assertTrue(db.inTransaction(em -> new SourceRepository(em).all()).isEmpty());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void of_four_imports_at_once_one_fills_the_register_and_the_others_find_it_full(
      TestDatabase database) throws Exception {
    int imports = 4;
    try (Persistence db = Persistence.on(database)) {
      ExecutorService threads = Executors.newFixedThreadPool(imports);
      try {
        CountDownLatch ready = new CountDownLatch(imports);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ImportResult>> results = new ArrayList<>();
        for (int i = 0; i < imports; i++) {
          RegisterDocument seed = SeedLoader.seed();
          results.add(
              threads.submit(
                  () -> {
                    ready.countDown();
                    go.await();
                    return db.inTransaction("import", em -> store(em).storeIntoEmptyRegister(seed));
                  }));
        }
        ready.await();
        go.countDown();

        int stored = 0;
        int refused = 0;
        for (Future<ImportResult> result : results) {
          try {
            result.get(2, TimeUnit.MINUTES);
            stored++;
          } catch (ExecutionException e) {
            assertInstanceOf(RegisterNotEmptyException.class, e.getCause());
            refused++;
          }
        }
        assertEquals(1, stored);
        assertEquals(imports - 1, refused);
      } finally {
        threads.shutdownNow();
      }
      assertEquals(78, entryCount(db));
      long sources = db.inTransaction(em -> new SourceRepository(em).count());
      assertEquals(5, sources);
      assertEquals(1L, revisionCount(db));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void an_empty_document_stores_nothing_and_writes_no_revision(TestDatabase database) {
    RegisterDocument empty = new RegisterDocument(List.of(), List.of());
    try (Persistence db = Persistence.on(database)) {
      ImportResult result =
          db.inTransaction("import", em -> store(em).storeIntoEmptyRegister(empty));

      assertEquals(new ImportResult(0, 0, 0), result);
      assertEquals(0L, revisionCount(db));
      boolean stillEmpty = db.inTransaction(em -> store(em).isEmpty());
      assertTrue(stillEmpty);

      importSeed(db);
      assertThrows(
          RegisterNotEmptyException.class,
          () -> db.inTransaction("import", em -> store(em).storeIntoEmptyRegister(empty)));
      assertEquals(1L, revisionCount(db));
    }
  }

  private static long revisionCount(Persistence db) {
    return db.inTransaction(
        em ->
            ((Number) em.createNativeQuery("select count(*) from revision").getSingleResult())
                .longValue());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void the_seeded_railway_keeps_every_sources_stage_and_shows_the_conflict(TestDatabase database) {
    try (Persistence db = Persistence.on(database)) {
      importSeed(db);
      db.inTransaction(
          em -> {
            Optional<Entry> railway = new EntryRepository(em).byKey("project/cku-railway");
            Project project = (Project) railway.orElseThrow();
            assertTrue(
                project.lifecycle().milestones().size() >= 4,
                project.lifecycle().milestones().toString());
            assertFalse(project.lifecycle().isConsistent());
            var history = new AuditTrail(em).historyOf(project);
            assertTrue(
                history.stream()
                    .allMatch(
                        c -> c.editor().equals(SeedLoader.EDITOR) && c.what().equals("added")),
                history.toString());
            return project;
          });
    }
  }
}
