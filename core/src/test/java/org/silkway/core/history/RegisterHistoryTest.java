package org.silkway.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.publication.Publications;
import org.silkway.core.register.RegisterDocument;
import org.silkway.core.register.RegisterJsonWriter;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;

/**
 * The published register read back from the audit history, on H2 and PostgreSQL: a past revision
 * gives exactly what the register published then, whatever changed since.
 */
class RegisterHistoryTest {

  private static String json(RegisterDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RegisterJsonWriter.write(document, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_past_revision_shows_what_was_published_then_whatever_changed_since(TestDatabase database) {
    try (Persistence db = Persistence.on(database)) {
      SeededRegister.importInto(db);
      RegisterSnapshot seeded = db.inTransaction(em -> new RegisterHistory(em).current());

      db.inTransaction(
          "alice",
          em ->
              new Publications(em)
                  .publish(
                      "archived project/cku-railway",
                      () -> {
                        new EntryRepository(em)
                            .byKey("project/cku-railway")
                            .orElseThrow()
                            .archive();
                        return null;
                      }));
      RegisterSnapshot now = db.inTransaction(em -> new RegisterHistory(em).current());
      RegisterRevision then = new RegisterRevision(seeded.revision(), seeded.revisedAt());
      RegisterSnapshot replayed = db.inTransaction(em -> new RegisterHistory(em).at(then));

      assertTrue(now.revision() > seeded.revision(), "archiving did not move the revision");
      assertTrue(
          now.document().entries().stream().noneMatch(e -> e.key().equals("project/cku-railway")),
          "an archived entry is still published");
      assertEquals(json(seeded.document()), json(replayed.document()));
      assertNotEquals(json(now.document()), json(replayed.document()));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void the_latest_revision_read_from_history_is_the_current_register(TestDatabase database) {
    try (Persistence db = Persistence.on(database)) {
      SeededRegister.importInto(db);

      RegisterSnapshot current = db.inTransaction(em -> new RegisterHistory(em).current());
      RegisterSnapshot fromHistory =
          db.inTransaction(
              em -> new RegisterHistory(em).at(new RegisterHistory(em).latest().orElseThrow()));

      assertEquals(json(current.document()), json(fromHistory.document()));
      assertEquals(78, fromHistory.document().entries().size());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void before_the_first_revision_there_is_no_register_to_show(TestDatabase database) {
    try (Persistence db = Persistence.on(database)) {
      SeededRegister.importInto(db);

      RegisterRevision first =
          db.inTransaction(em -> new RegisterHistory(em).first().orElseThrow());

      assertTrue(
          db.inTransaction(em -> new RegisterHistory(em).at(first.revisedAt().minusMillis(1)))
              .isEmpty());
      assertEquals(
          first,
          db.inTransaction(em -> new RegisterHistory(em).at(first.revisedAt()).orElseThrow()));
      assertTrue(db.inTransaction(em -> new RegisterHistory(em).at(Instant.now())).isPresent());
    }
  }
}
