package org.silkway.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR deploys with a plain {@code asadmin deploy} on a fresh Payara Server domain and serves
 * the same pages and endpoints as on Payara Micro, at the root context.
 */
class EarOnPayaraServerIT {

  private static PayaraServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void deployTheEarOnAFreshDomain() {
    Path work = Path.of(System.getProperty("silkway.test.work", "target/it-work")).toAbsolutePath();
    // The operator's way to choose the database: an environment variable (here a throwaway H2
    // file, so the test never touches ~/.silkway).
    server =
        new PayaraServer(
            Path.of(System.getProperty("silkway.test.payara")),
            work,
            Map.of(
                "SILKWAY_DB_URL",
                "jdbc:h2:file:" + work.resolve("server-h2/silkway"),
                "SILKWAY_ADMIN_INITIAL_PASSWORD",
                INITIAL_PASSWORD));
    server.createAndStart();
    server.deploy(Path.of(System.getProperty("silkway.test.ear")).toAbsolutePath());
    server.awaitOk("health/ready", Duration.ofMinutes(3));
  }

  @AfterAll
  static void stopTheServer() {
    if (server != null) {
      server.close();
    }
  }

  /**
   * The first administrator's password as the operator sets it, and the one chosen at first use.
   */
  private static final String INITIAL_PASSWORD = "initial ear admin password";

  private static final String ADMIN_PASSWORD = "the ear administrator's password";

  private static boolean passwordChanged;

  /** Signs in as admin with HTTP Basic, changing the initial password first, as its owner must. */
  private static synchronized String admin() throws IOException, InterruptedException {
    if (!passwordChanged) {
      HttpResponse<byte[]> changed =
          CLIENT.send(
              HttpRequest.newBuilder(server.http("api/account/password"))
                  .header("Authorization", basic(INITIAL_PASSWORD))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"current\":\""
                              + INITIAL_PASSWORD
                              + "\",\"password\":\""
                              + ADMIN_PASSWORD
                              + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(204, changed.statusCode(), new String(changed.body(), StandardCharsets.UTF_8));
      passwordChanged = true;
    }
    return basic(ADMIN_PASSWORD);
  }

  private static String basic(String password) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(server.http(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void the_country_brief_is_served_as_a_pdf_at_the_root_context() throws Exception {
    HttpResponse<byte[]> response = get("api/briefs/countries/KZ.pdf?lang=zh");

    assertEquals(200, response.statusCode());
    assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      String text = new PDFTextStripper().getText(pdf);
      // The Chinese brief: its title, and a project in Kazakhstan under its Chinese name.
      assertTrue(text.contains("哈萨克斯坦") && text.contains("中哈油气管道"), text);
    }
  }

  @Test
  void the_home_page_is_public_and_the_countries_page_is_served_to_a_signed_in_user()
      throws Exception {
    HttpResponse<byte[]> home = get("");
    assertEquals(200, home.statusCode());
    assertTrue(
        new String(home.body(), StandardCharsets.UTF_8).contains("Countries of the framework"));

    HttpResponse<byte[]> anonymous = get("admin/countries.xhtml");
    assertTrue(
        anonymous.statusCode() == 302 || anonymous.statusCode() == 303,
        "anonymous: " + anonymous.statusCode());
    assertTrue(
        anonymous.headers().firstValue("Location").orElse("").contains("/login.xhtml?next="),
        anonymous.headers().toString());

    HttpResponse<byte[]> countries =
        CLIENT.send(
            HttpRequest.newBuilder(server.http("admin/countries.xhtml"))
                .header("Authorization", admin())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    String page = new String(countries.body(), StandardCharsets.UTF_8);
    assertEquals(200, countries.statusCode());
    assertTrue(page.contains("Uzbekistan") && page.contains("乌兹别克斯坦"), page);
  }

  @Test
  void errors_are_the_same_problem_responses_as_on_payara_micro() throws Exception {
    assertEquals(404, get("api/briefs/countries/XX.pdf").statusCode());
    assertEquals(400, get("api/briefs/countries/KZ.pdf?lang=fr").statusCode());
  }

  @Test
  void the_seeded_register_is_exported_and_the_import_needs_an_administrator() throws Exception {
    HttpResponse<byte[]> export = get("api/export");
    String json = new String(export.body(), StandardCharsets.UTF_8);
    assertEquals(200, export.statusCode());
    assertTrue(json.contains("\"project/cku-railway\"") && json.contains("\"seed-004\""), json);

    HttpResponse<byte[]> importAttempt =
        CLIENT.send(
            HttpRequest.newBuilder(server.http("api/admin/import"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"format\":\"silkway-register\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(401, importAttempt.statusCode());
  }

  @Test
  void the_register_pages_show_an_entry_with_its_evidence() throws Exception {
    HttpResponse<byte[]> page =
        CLIENT.send(
            HttpRequest.newBuilder(server.http("admin/entry.xhtml?key=event/astana-summit-2025"))
                .header("Authorization", admin())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    String html = new String(page.body(), StandardCharsets.UTF_8);
    assertEquals(200, page.statusCode());
    assertTrue(html.contains("Sources disagree") && html.contains("from June 16 to 18"), html);
  }

  @Test
  void readiness_reports_the_database() throws Exception {
    HttpResponse<byte[]> ready = get("health/ready");
    String body = new String(ready.body(), StandardCharsets.UTF_8);
    assertEquals(200, ready.statusCode(), body);
    assertTrue(body.contains("\"database\""), body);
  }
}
