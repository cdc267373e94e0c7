package org.silkway.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.claim.Claim;
import org.silkway.core.register.RegisterDocument;
import org.silkway.core.register.RegisterJsonWriter;
import org.silkway.core.support.Archiving;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;

/**
 * The published register read back from the audit history, on H2 and PostgreSQL: a past revision
 * gives exactly what the register published then, whatever changed since.
 */
class RegisterHistoryTest {

  private static final String RAILWAY = "project/cku-railway";

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

      Archiving.publish(db, "alice", RAILWAY);
      RegisterSnapshot now = db.inTransaction(em -> new RegisterHistory(em).current());
      RegisterRevision then = new RegisterRevision(seeded.revision(), seeded.revisedAt());
      RegisterSnapshot replayed = db.inTransaction(em -> new RegisterHistory(em).at(then));

      assertTrue(now.revision() > seeded.revision(), "archiving did not move the revision");
      assertTrue(
          now.document().entries().stream().noneMatch(e -> e.key().equals(RAILWAY)),
          "an archived entry is still published");
      assertEquals(json(seeded.document()), json(replayed.document()));
      assertNotEquals(json(now.document()), json(replayed.document()));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_past_revision_that_todays_rules_refuse_is_still_read_whole_entity_by_entity(
      TestDatabase database) {
    try (Persistence db = Persistence.on(database)) {
      SeededRegister.importInto(db);
      RegisterRevision then = db.inTransaction(em -> new RegisterHistory(em).latest()).get();
      Archiving.publish(db, "alice", RAILWAY);
      // A property the schema no longer takes, as if it had been retired since: the railway's
      // copy cannot be made again from its rows.
      db.inTransaction(
          em ->
              em.createNativeQuery(
                      "update claim_aud set property = 'retired_property' where id = (select"
                          + " min(c.id) from claim c join entry e on e.id = c.entry_id"
                          + " where e.entry_key = ?1)")
                  .setParameter(1, RAILWAY)
                  .executeUpdate());

      List<String> properties =
          db.inTransaction(
              em ->
                  new RegisterHistory(em)
                      .read(
                          Optional.of(then),
                          register ->
                              register.entry(RAILWAY).orElseThrow().claims().stream()
                                  .map(Claim::property)
                                  .toList()));
      boolean archivedSince =
          db.inTransaction(
              em ->
                  new RegisterHistory(em)
                      .compare(
                          Optional.of(then),
                          Optional.empty(),
                          (was, is) ->
                              was.entry(RAILWAY).isPresent() && is.entry(RAILWAY).isEmpty()));

      assertTrue(properties.contains("retired_property"), properties.toString());
      assertTrue(archivedSince, "the railway as it was, beside the register without it");
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
