package org.silkway.web.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;
import org.silkway.web.support.SilkwayServer;
import org.silkway.web.support.TestDatabase;

/**
 * The operator's restore, as the README gives it: a backup taken over HTTP, and a second Silkway
 * started on an empty database with {@code silkway.restore.from} naming it. That server answers the
 * export and a brief with the original's bytes, and, since the backup held no password hashes, its
 * {@code admin} signs in with the password start-up gave it.
 *
 * <p>It starts a second server, so it runs once, on PostgreSQL (the "restore" group): that the
 * restore reads back every table and brief byte for byte on H2 as well is core's {@code
 * RegisterBackupTest} and reports' {@code RestoredRegisterBriefsTest}, on both databases.
 */
@OnSilkway
@Tag("restore")
class RestoreAtStartupIT {

  private final URL base;

  RestoreAtStartupIT(URL base) {
    this.base = base;
  }

  @Test
  void a_silkway_started_with_a_backup_on_an_empty_database_answers_as_the_original()
      throws IOException {
    HttpResponse<byte[]> backup = Http.get(base, "api/admin/backup", Accounts.admin(base));
    assertEquals(200, backup.statusCode());
    HttpResponse<byte[]> export = Http.get(base, "api/export");
    HttpResponse<byte[]> brief = Http.get(base, "api/briefs/countries/KZ.pdf?lang=ru");
    Path work = Files.createDirectories(Path.of(System.getProperty("silkway.test.work")));
    Path file = work.resolve("backup-" + UUID.randomUUID() + ".zip");
    Files.write(file, backup.body());

    List<String> jvm = new ArrayList<>(TestDatabase.microJvmOptions("restored"));
    jvm.add("-Dsilkway.restore.from=" + file.toAbsolutePath());
    Path log = work.resolve("restored-" + UUID.randomUUID() + ".log");
    try (SilkwayServer restored =
        SilkwayServer.start(log, jvm, List.of("--nocluster"), Duration.ofMinutes(5))) {
      HttpResponse<byte[]> restoredBrief =
          Http.get(restored.base(), "api/briefs/countries/KZ.pdf?lang=ru");

      assertArrayEquals(export.body(), Http.get(restored.base(), "api/export").body());
      assertEquals(brief.headers().firstValue("ETag"), restoredBrief.headers().firstValue("ETag"));
      assertArrayEquals(brief.body(), restoredBrief.body());
      String console = Files.readString(log, StandardCharsets.ISO_8859_1);
      assertTrue(console.contains("Restored "), "no restore in " + log);
      assertTrue(console.contains("Created the first administrator 'admin'"), console);
      // The password start-up gave admin, changed at first sign-in as always.
      assertEquals(
          200,
          Http.get(restored.base(), "api/admin/users", Accounts.admin(restored.base()))
              .statusCode());
    }
  }
}
