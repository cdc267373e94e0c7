package org.silkway.core.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.access.NotAllowedException;
import org.silkway.core.access.TestCallers;
import org.silkway.core.curation.EntryEditing;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.support.BusyRegister;
import org.silkway.core.support.DatabaseRows;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;
import org.silkway.core.user.UserAccounts;
import org.silkway.core.user.UserRepository;

/**
 * A backup of a register at work (drafts, a pending change, history, publications, users) restored
 * into a fresh database of each kind holds every row the original held; what a restore refuses
 * leaves the database as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterBackupTest {

  private static final Instant NOW = Instant.parse("2026-12-03T18:15:02Z");

  private final Map<TestDatabase, Persistence> originals = new TreeMap<>();

  @TempDir Path files;

  @BeforeAll
  void fillOneRegisterPerDatabase() {
    for (TestDatabase database : TestDatabase.values()) {
      Persistence db = Persistence.on(database);
      BusyRegister.fill(db);
      originals.put(database, db);
    }
  }

  @AfterAll
  void close() {
    originals.values().forEach(Persistence::close);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_restored_database_holds_every_row_of_the_original(TestDatabase database)
      throws IOException {
    Persistence original = originals.get(database);
    Path backup = backUp(original, true);

    try (Persistence restored = Persistence.on(database)) {
      RestoredBackup result = RegisterRestore.intoEmptyDatabase(restored.dataSource(), backup);

      Map<String, List<String>> before = DatabaseRows.of(original.dataSource());
      assertEquals(before, DatabaseRows.of(restored.dataSource()));
      assertTrue(result.passwordHashes());
      assertEquals(before.get("claim").size(), result.rowsPerTable().get("claim"));
      assertFalse(before.get("entry_aud").isEmpty(), "the history is in the comparison");
      assertTrue(
          before.get("claim").stream().anyMatch(c -> c.contains("status=DRAFT")),
          "a pending change is in the comparison");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_backup_holds_the_database_as_it_was_when_it_began_reading(TestDatabase database)
      throws IOException {
    try (Persistence db = Persistence.on(database);
        Persistence restored = Persistence.on(database)) {
      SeededRegister.importInto(db);
      Map<String, List<String>> before = DatabaseRows.of(db.dataSource());
      Path backup = files.resolve("while-editing.zip");
      // Once the first table is read (the first compressed bytes go out), an editor creates an
      // entry: its rows are in tables the backup reads later, and must not be in it.
      AtomicBoolean edited = new AtomicBoolean();
      try (OutputStream file = Files.newOutputStream(backup);
          OutputStream out =
              new FilterOutputStream(file) {
                private long written;

                @Override
                public void write(int b) throws IOException {
                  super.write(b);
                  if (++written > 100 && edited.compareAndSet(false, true)) {
                    createDraft(db, "Naryn cascade");
                  }
                }
              }) {
        new RegisterBackup(db.dataSource(), TestCallers.admin("admin"), Clock.systemUTC())
            .prepare(true)
            .writeTo(out);
      }
      assertTrue(edited.get());
      assertNotEquals(before, DatabaseRows.of(db.dataSource()), "the editor changed nothing");

      RegisterRestore.intoEmptyDatabase(restored.dataSource(), backup);

      assertEquals(before, DatabaseRows.of(restored.dataSource()));
    }
  }

  private static String createDraft(Persistence db, String name) {
    return db.inTransaction(
        BusyRegister.EDITOR,
        em ->
            new EntryEditing(em, TestCallers.editor(BusyRegister.EDITOR), true)
                .create(EntryType.PROJECT, new LocalizedName(name, null, null), Map.of()));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void new_rows_of_a_restored_database_get_ids_after_the_restored_ones(TestDatabase database)
      throws IOException {
    Path backup = backUp(originals.get(database), true);
    try (Persistence restored = Persistence.on(database)) {
      RegisterRestore.intoEmptyDatabase(restored.dataSource(), backup);

      String key =
          restored.inTransaction(
              BusyRegister.EDITOR,
              em ->
                  new EntryEditing(em, TestCallers.editor(BusyRegister.EDITOR), true)
                      .create(
                          EntryType.PROJECT,
                          new LocalizedName("Naryn cascade", "Нарынский каскад", "纳伦梯级"),
                          Map.of()));

      assertTrue(
          DatabaseRows.of(restored.dataSource()).get("entry").stream()
              .anyMatch(row -> row.contains("entry_key=" + key + ";")));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void without_password_hashes_nobody_signs_in_until_admin_gets_a_password(TestDatabase database)
      throws IOException {
    Path backup = backUp(originals.get(database), false);
    assertFalse(
        allText(backup).contains("pbkdf2"), "a backup without hashes holds a password hash");

    try (Persistence restored = Persistence.on(database)) {
      assertFalse(
          RegisterRestore.intoEmptyDatabase(restored.dataSource(), backup).passwordHashes());
      assertFalse(signsIn(restored, "admin", "the first administrator's password"));
      assertFalse(signsIn(restored, BusyRegister.EDITOR, "an editor's first password"));

      // What start-up does next (FirstAdministrator): nobody can sign in, so admin gets one.
      boolean given =
          restored.inTransaction(
              em -> accounts(em).createFirstAdministrator("a password from the operator"));

      assertTrue(given);
      assertTrue(signsIn(restored, "admin", "a password from the operator"));
      assertFalse(signsIn(restored, BusyRegister.EDITOR, "an editor's first password"));
    }
  }

  @Test
  void with_password_hashes_users_sign_in_as_before_and_no_administrator_is_made()
      throws IOException {
    Path backup = backUp(originals.get(TestDatabase.H2), true);
    try (Persistence restored = Persistence.on(TestDatabase.H2)) {
      RegisterRestore.intoEmptyDatabase(restored.dataSource(), backup);

      assertTrue(signsIn(restored, BusyRegister.EDITOR, "an editor's first password"));
      boolean given =
          restored.inTransaction(em -> accounts(em).createFirstAdministrator("another password"));
      assertFalse(given);
      assertTrue(signsIn(restored, "admin", "the first administrator's password"));
    }
  }

  @Test
  void a_backup_of_h2_restores_onto_postgresql() throws IOException {
    Persistence original = originals.get(TestDatabase.H2);
    Path backup = backUp(original, true);
    try (Persistence restored = Persistence.on(TestDatabase.POSTGRESQL)) {
      RegisterRestore.intoEmptyDatabase(restored.dataSource(), backup);

      Map<String, List<String>> before = DatabaseRows.of(original.dataSource());
      Map<String, List<String>> after = DatabaseRows.of(restored.dataSource());
      // Flyway's own history differs: PostgreSQL has a migration of its own (indexes).
      before.remove("flyway_schema_history");
      after.remove("flyway_schema_history");
      assertEquals(before, after);
      assertEquals(
          after.get("claim").size(),
          DatabaseRows.plannerEstimate(restored.dataSource(), "claim"),
          "the planner was not told of the restored rows");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_database_that_is_not_empty_is_refused_and_left_as_it_was(TestDatabase database)
      throws IOException {
    Persistence original = originals.get(database);
    Path backup = backUp(original, true);
    Map<String, List<String>> before = DatabaseRows.of(original.dataSource());

    RestoreRefusedException refused =
        assertThrows(
            RestoreRefusedException.class,
            () -> RegisterRestore.intoEmptyDatabase(original.dataSource(), backup));

    assertTrue(refused.databaseNotEmpty());
    assertTrue(refused.getMessage().contains("not empty"), refused.getMessage());
    assertEquals(before, DatabaseRows.of(original.dataSource()));
    // Whatever the file: start-up ignores a setting left behind on a register in use.
    assertTrue(
        assertThrows(
                RestoreRefusedException.class,
                () ->
                    RegisterRestore.intoEmptyDatabase(
                        original.dataSource(), files.resolve("gone.zip")))
            .databaseNotEmpty());
  }

  @Test
  void a_database_with_only_users_is_not_empty() throws IOException {
    Path backup = backUp(originals.get(TestDatabase.H2), true);
    try (Persistence target = Persistence.on(TestDatabase.H2)) {
      target.inTransaction(em -> accounts(em).createFirstAdministrator("someone's password"));

      assertTrue(
          assertThrows(
                  RestoreRefusedException.class,
                  () -> RegisterRestore.intoEmptyDatabase(target.dataSource(), backup))
              .databaseNotEmpty());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_file_that_is_not_a_backup_of_this_schema_is_refused_and_nothing_is_stored(
      TestDatabase database) throws IOException {
    Path backup = backUp(originals.get(database), true);
    Path text = Files.writeString(files.resolve("notes.zip"), "not a zip", StandardCharsets.UTF_8);
    Path otherVersion =
        rewritten(
            backup,
            "manifest.json",
            s -> s.replaceFirst("\"schemaVersion\":\"[^\"]*\"", "\"schemaVersion\":\"9\""));
    Path cutShort =
        rewritten(backup, "tables/claim.json", s -> s.replaceFirst("\\],\\[.*\\]\\]", "]]"));
    Path export = zipOf("register.json", "{\"format\": \"silkway-register\"}");
    Path idAsText =
        rewritten(
            backup,
            "tables/claim.json",
            s -> s.replaceFirst("\"rows\":\\[\\[(\\d+),", "\"rows\":[[\"$1\","));

    try (Persistence target = Persistence.on(database)) {
      Map<String, List<String>> empty = DatabaseRows.of(target.dataSource());
      for (Path file :
          List.of(text, otherVersion, cutShort, export, idAsText, files.resolve("missing.zip"))) {
        RestoreRefusedException refused =
            assertThrows(
                RestoreRefusedException.class,
                () -> RegisterRestore.intoEmptyDatabase(target.dataSource(), file),
                file.toString());
        assertFalse(refused.databaseNotEmpty(), refused.getMessage());
        assertTrue(refused.getMessage().startsWith("Not restored: "), refused.getMessage());
        assertFalse(refused.getMessage().contains("Exception"), refused.getMessage());
        assertEquals(empty, DatabaseRows.of(target.dataSource()), file.toString());
      }
      assertTrue(
          assertThrows(
                  RestoreRefusedException.class,
                  () -> RegisterRestore.intoEmptyDatabase(target.dataSource(), otherVersion))
              .getMessage()
              .contains("schema version 9"));
    }
  }

  @Test
  void only_an_administrator_may_take_a_backup() {
    Persistence db = originals.get(TestDatabase.H2);
    for (var callers :
        List.of(
            TestCallers.anonymous(), TestCallers.editor("aigul"), TestCallers.reviewer("bolat"))) {
      assertThrows(
          NotAllowedException.class,
          () -> new RegisterBackup(db.dataSource(), callers, Clock.systemUTC()).prepare(false));
    }
    RegisterBackup.Download download =
        new RegisterBackup(
                db.dataSource(), TestCallers.admin("admin"), Clock.fixed(NOW, ZoneOffset.UTC))
            .prepare(false);
    assertEquals("silkway-backup-2026-12-03-181502.zip", download.fileName());
    assertEquals("admin", download.requestedBy());
  }

  @Test
  void a_backup_lists_its_tables_with_their_rows_and_leaves_out_what_is_not_the_register()
      throws IOException {
    Path backup = backUp(originals.get(TestDatabase.POSTGRESQL), false);
    String manifest = entries(backup).get("manifest.json");
    assertTrue(manifest.contains("\"format\":\"silkway-backup\""), manifest);
    assertTrue(manifest.contains("\"passwordHashes\":false"), manifest);
    for (String table :
        List.of(
            "entry",
            "claim",
            "citation",
            "source",
            "revision",
            "entry_aud",
            "claim_aud",
            "publication",
            "publication_counter",
            "app_user")) {
      assertTrue(manifest.contains("\"name\":\"" + table + "\""), table);
    }
    for (String left : List.of("flyway_schema_history", "register_lock", "sign_in_attempt")) {
      assertFalse(manifest.contains(left), left);
    }
    assertNotEquals(-1, entries(backup).get("tables/app_user.json").indexOf("\"username\""));
  }

  private static boolean signsIn(Persistence db, String user, String password) {
    return db.inTransaction(em -> accounts(em).verify(user, password).isPresent());
  }

  private static UserAccounts accounts(jakarta.persistence.EntityManager em) {
    return new UserAccounts(new UserRepository(em), TestCallers.anonymous(), Clock.systemUTC());
  }

  private Path backUp(Persistence db, boolean passwordHashes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new RegisterBackup(
            db.dataSource(), TestCallers.admin("admin"), Clock.fixed(NOW, ZoneOffset.UTC))
        .prepare(passwordHashes)
        .writeTo(out);
    return Files.write(Files.createTempFile(files, "backup-", ".zip"), out.toByteArray());
  }

  private static Map<String, String> entries(Path zip) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }

  private static String allText(Path zip) throws IOException {
    return String.join("\n", entries(zip).values());
  }

  private Path rewritten(Path zip, String name, java.util.function.UnaryOperator<String> change)
      throws IOException {
    Map<String, String> entries = entries(zip);
    String before = entries.get(name);
    String after = change.apply(before);
    assertNotEquals(before, after, "the test did not change " + name);
    entries.put(name, after);
    return zipOf(entries);
  }

  private Path zipOf(String name, String content) throws IOException {
    return zipOf(Map.of(name, content));
  }

  private Path zipOf(Map<String, String> entries) throws IOException {
    Path file = Files.createTempFile(files, "changed-", ".zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return file;
  }
}
