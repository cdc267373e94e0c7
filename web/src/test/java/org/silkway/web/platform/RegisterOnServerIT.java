package org.silkway.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.silkway.core.persistence.SchemaMigrations;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.FormSession;
import org.silkway.web.support.OnSilkway;
import org.silkway.web.support.SilkwayServer;
import org.silkway.web.support.TestDatabase;

/**
 * The register inside Payara Micro, through the container's data source, JTA, Hibernate, Flyway and
 * Envers, on H2 and again on PostgreSQL (tag {@code persistence}): the shared server says it
 * started on the database the suite chose, with the schema at the newest migration and the seed
 * loaded, and an entry made through the editor's form is stored with a history naming its editor.
 *
 * <p>That the seed and its history read back whole on both databases is core's {@code
 * RegisterOnDatabaseTest}; this is the same stack as the container runs it.
 */
@OnSilkway
@Tag("persistence")
class RegisterOnServerIT {

  private static final Pattern SCHEMA =
      Pattern.compile("Schema at version (\\S+) after (\\d+) migration\\(s\\), on (\\S+) ");

  private final URL base;

  RegisterOnServerIT(URL base) {
    this.base = base;
  }

  @Test
  void the_server_started_on_the_chosen_database_migrated_to_the_newest_schema_and_seeded()
      throws IOException {
    String log = Files.readString(SilkwayServer.log(), StandardCharsets.ISO_8859_1);

    Matcher schema = SCHEMA.matcher(log);
    assertTrue(schema.find(), "no schema line in " + SilkwayServer.log());
    assertEquals(TestDatabase.product(), schema.group(3), schema.group());
    assertEquals(newestMigration(), schema.group(1), schema.group());
    assertEquals(migrations().length, Integer.parseInt(schema.group(2)), "a fresh database");
    assertTrue(log.contains("Seed dataset loaded: "), "no seed in " + SilkwayServer.log());
  }

  @Test
  void an_entry_made_through_the_form_is_stored_with_a_history_naming_its_editor() {
    String name = "Persistence probe " + UUID.randomUUID().toString().substring(0, 8);
    FormSession editor = new FormSession(base);
    Accounts.Login login = Accounts.editor(base);
    assertEquals(302, editor.signIn(login).statusCode(), "the editor signs in");

    HttpResponse<String> created = editor.newProject(name);
    String key =
        FormSession.entryKey(created)
            .orElseThrow(() -> new AssertionError("not made: " + excerpt(created.body())));
    String entry = editor.get("admin/entry.xhtml?key=" + key).body();
    String page = editor.get("admin/history.xhtml?key=" + key).body();
    // The steps only: the page's header names the signed-in user too.
    int steps = page.indexOf("<div id=\"history\">");
    assertTrue(steps >= 0, "no history on " + excerpt(page));
    String history = page.substring(steps);

    assertTrue(entry.contains(name), "the entry as stored: " + excerpt(entry));
    assertTrue(history.contains("· " + login.username()), "who made it: " + excerpt(history));
    assertTrue(history.contains(name), "what they made: " + excerpt(history));
  }

  /** The version the schema must be at: the newest migration Silkway has for this database. */
  private static String newestMigration() {
    return Arrays.stream(migrations())
        .map(MigrationInfo::getVersion)
        .max(Comparator.naturalOrder())
        .map(MigrationVersion::getVersion)
        .orElseThrow();
  }

  /** Every migration Silkway has for this database, as Flyway finds it: none applied here. */
  private static MigrationInfo[] migrations() {
    JdbcDataSource nowhere = new JdbcDataSource();
    nowhere.setURL("jdbc:h2:mem:" + UUID.randomUUID());
    List<String> locations =
        TestDatabase.product().equals("PostgreSQL")
            ? List.of("classpath:db/migration", "classpath:db/postgresql")
            : List.of("classpath:db/migration");
    return Flyway.configure(SchemaMigrations.class.getClassLoader())
        .dataSource(nowhere)
        .locations(locations.toArray(String[]::new))
        .load()
        .info()
        .pending();
  }

  private static String excerpt(String page) {
    return page.length() > 1500 ? page.substring(0, 1500) + "…" : page;
  }
}
