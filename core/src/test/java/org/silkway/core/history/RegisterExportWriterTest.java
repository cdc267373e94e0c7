package org.silkway.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.access.Callers;
import org.silkway.core.access.TestCallers;
import org.silkway.core.curation.EntryEditing;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.register.RegisterJsonWriter;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;

/**
 * The export written a batch at a time is the read model's document, byte for byte, drafts left
 * out, on both databases; batches of 7 entries make the seed's 78 cross many batch boundaries.
 */
class RegisterExportWriterTest {

  private static final String RAILWAY = "project/cku-railway";
  private static final Callers AIGUL = TestCallers.editor("aigul");

  @TempDir Path work;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_batched_export_is_the_published_register_byte_for_byte(TestDatabase database)
      throws IOException {
    try (Persistence db = Persistence.on(database)) {
      SeededRegister.importInto(db);
      String draft =
          as(
              db,
              e ->
                  e.create(
                      EntryType.PROJECT,
                      new LocalizedName("Draft dry port", null, null),
                      Map.of()));
      db.inTransaction(
          AIGUL.current().name(),
          em -> {
            EntryEditing editing = new EntryEditing(em, AIGUL, true);
            Entry railway = new EntryRepository(em).byKey(RAILWAY).orElseThrow();
            String claim = railway.claims().get(0).key();
            return editing.addClaim(
                RAILWAY, railway.version(), editing.inputOf(RAILWAY, claim).orElseThrow());
          });

      Path file = work.resolve("export.json");
      RegisterRevision written =
          db.inTransaction(em -> writeQuietly(new RegisterExportWriter(em, 7), file));
      RegisterSnapshot model = db.inTransaction(em -> new RegisterHistory(em).current());

      String exported = Files.readString(file);
      assertEquals(model.revision(), written.number());
      assertEquals(json(model), exported);
      assertTrue(exported.contains("\"" + RAILWAY + "\""), "a published entry is missing");
      assertFalse(exported.contains(draft), "a draft entry was exported");
    }
  }

  private static <T> T as(Persistence db, Function<EntryEditing, T> work) {
    return db.inTransaction(
        AIGUL.current().name(), em -> work.apply(new EntryEditing(em, AIGUL, true)));
  }

  private static RegisterRevision writeQuietly(RegisterExportWriter writer, Path file) {
    try {
      return writer.writeCurrent(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String json(RegisterSnapshot snapshot) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RegisterJsonWriter.write(snapshot.document(), out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
