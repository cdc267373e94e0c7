package org.silkway.web.api.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Answer;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;

/**
 * The administrators' backup over HTTP: a zip named by the day, the register's tables in it, the
 * password hashes only when asked for, and the page that offers it.
 */
@OnSilkway
@Tag("persistence")
class BackupIT {

  private final URL base;

  BackupIT(URL base) {
    this.base = base;
  }

  @Test
  void an_administrator_downloads_the_whole_register_without_password_hashes() throws IOException {
    HttpResponse<byte[]> response = Http.get(base, "api/admin/backup", Accounts.admin(base));

    assertEquals(200, response.statusCode(), Answer.text(response));
    assertEquals("application/zip", Answer.contentType(response));
    String disposition = response.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(
        disposition.startsWith(
            "attachment; filename=\"silkway-backup-" + LocalDate.now(ZoneOffset.UTC) + "-"),
        disposition);
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    Map<String, String> files = unzip(response.body());
    String manifest = files.get("manifest.json");
    assertTrue(manifest.contains("\"format\":\"silkway-backup\""), manifest);
    assertTrue(manifest.contains("\"passwordHashes\":false"), manifest);
    assertTrue(files.get("tables/entry.json").contains("\"project/cku-railway\""));
    assertTrue(files.get("tables/app_user.json").contains("\"admin\""));
    assertFalse(String.join("", files.values()).contains("pbkdf2"), "a password hash is in it");
  }

  @Test
  void password_hashes_come_only_when_asked_for() throws IOException {
    HttpResponse<byte[]> response =
        Http.get(base, "api/admin/backup?passwords=true", Accounts.admin(base));

    assertEquals(200, response.statusCode(), Answer.text(response));
    Map<String, String> files = unzip(response.body());
    assertTrue(files.get("manifest.json").contains("\"passwordHashes\":true"));
    assertTrue(files.get("tables/app_user.json").contains("pbkdf2-sha256$"));
  }

  @Test
  void a_passwords_parameter_that_is_not_true_or_false_is_refused_in_words() {
    HttpResponse<byte[]> response =
        Http.get(base, "api/admin/backup?passwords=yes", Accounts.admin(base));

    assertEquals(400, response.statusCode());
    assertTrue(Answer.contentType(response).startsWith("application/problem+json"));
    assertTrue(Answer.text(response).contains("passwords is true"), Answer.text(response));
    assertNull(Answer.internalsIn(response), Answer.text(response));
  }

  @Test
  void the_backup_page_offers_the_download_to_administrators() {
    HttpResponse<byte[]> page = Http.get(base, "admin/backup.xhtml", Accounts.admin(base));

    assertEquals(200, page.statusCode());
    String html = Answer.text(page);
    assertTrue(html.contains("/api/admin/backup\""), html);
    assertTrue(html.contains("name=\"passwords\" value=\"true\""), html);
    assertTrue(html.contains("Download a backup"), html);
    String asAdmin = Answer.text(Http.get(base, "admin/countries.xhtml", Accounts.admin(base)));
    String asEditor = Answer.text(Http.get(base, "admin/countries.xhtml", Accounts.editor(base)));
    assertTrue(asAdmin.contains("/admin/backup.xhtml"), "an administrator misses the link");
    assertFalse(asEditor.contains("/admin/backup.xhtml"), "an editor sees the link");
  }

  private static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
