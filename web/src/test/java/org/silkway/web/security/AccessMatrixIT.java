package org.silkway.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Answer;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;

/**
 * Who may use what: every admin page and endpoint, asked by nobody, an editor, a reviewer and an
 * administrator. Nobody is sent to the sign-in page (pages) or challenged (API); a role too low
 * gets Silkway's 403; the right role gets the answer. Every page under {@code admin/} must have a
 * row here, so a new page cannot slip in unprotected by accident. What wrong passwords do (the lock
 * a stranger cannot turn against a user, Basic ignored on public pages) is in {@link LockoutIT}.
 */
@OnSilkway
class AccessMatrixIT {

  /** Who asks. */
  enum Who {
    ANONYMOUS,
    EDITOR,
    REVIEWER,
    ADMIN;

    boolean atLeast(Who role) {
      return this != ANONYMOUS && ordinal() >= role.ordinal();
    }
  }

  /**
   * One row of the matrix: a request, the least role it needs, and the answer that role gets (the
   * endpoints are sent bodies they refuse, so that the matrix changes nothing).
   */
  record Row(String method, String path, String json, Who needs, int allowed, boolean form) {

    /** A read-only page: a stateless view, which opens no session. */
    static Row page(String path, Who needs) {
      return new Row("GET", path, null, needs, 200, false);
    }

    /**
     * A page with a form: its view state is kept in the session, so showing it to a signed-in user
     * opens one (HTTP Basic itself never does).
     */
    static Row form(String path, Who needs) {
      return new Row("GET", path, null, needs, 200, true);
    }

    static Row api(String method, String path, String json, Who needs, int allowed) {
      return new Row(method, path, json, needs, allowed, false);
    }

    boolean isPage() {
      return !path.startsWith("api/");
    }

    /** The page's file, {@code admin/entry.xhtml}, without its query. */
    String file() {
      int query = path.indexOf('?');
      return query < 0 ? path : path.substring(0, query);
    }
  }

  static final List<Row> MATRIX =
      List.of(
          Row.page("admin/index.xhtml", Who.EDITOR),
          Row.page("admin/countries.xhtml", Who.EDITOR),
          Row.page("admin/search.xhtml?q=railway", Who.EDITOR),
          Row.form("admin/entries.xhtml?type=project", Who.EDITOR),
          Row.form("admin/entry.xhtml?key=country/KZ", Who.EDITOR),
          Row.form("admin/new-entry.xhtml?type=project", Who.EDITOR),
          Row.form("admin/claim.xhtml?entry=country/KZ", Who.EDITOR),
          Row.page("admin/history.xhtml?key=country/KZ", Who.EDITOR),
          Row.form("admin/diff.xhtml?key=country/KZ", Who.EDITOR),
          Row.form("admin/queue.xhtml?of=mine", Who.EDITOR),
          Row.form("admin/sources.xhtml", Who.EDITOR),
          Row.form("admin/source.xhtml?key=seed-001", Who.EDITOR),
          Row.form("admin/password.xhtml", Who.EDITOR),
          Row.form("admin/imports.xhtml", Who.EDITOR),
          Row.form("admin/translations.xhtml?lang=ru", Who.EDITOR),
          Row.form(
              "admin/translate.xhtml?entry=country/CN&claim=cn-description-000&lang=zh",
              Who.EDITOR),
          Row.form("admin/users.xhtml", Who.ADMIN),
          Row.form("admin/user.xhtml?name=admin", Who.ADMIN),
          Row.page("admin/backup.xhtml", Who.ADMIN),
          Row.api("POST", "api/admin/import", "{}", Who.ADMIN, 400),
          Row.api("GET", "api/admin/users", null, Who.ADMIN, 200),
          Row.api("GET", "api/admin/backup", null, Who.ADMIN, 200),
          Row.api("POST", "api/admin/users", "{}", Who.ADMIN, 400),
          Row.api("POST", "api/account/password", "{}", Who.EDITOR, 400),
          Row.api("GET", "api/desk/diff?key=country/KZ", null, Who.EDITOR, 200),
          Row.api("GET", "api/admin/templates/project.csv", null, Who.EDITOR, 200),
          Row.api("GET", "api/desk/entries.xlsx?type=project&status=DRAFT", null, Who.EDITOR, 200),
          // A JSON body is not a spreadsheet: refused as such, once the caller may import.
          Row.api("POST", "api/admin/imports", "{}", Who.EDITOR, 415));

  private final URL base;

  AccessMatrixIT(URL base) {
    this.base = base;
  }

  static Stream<Object[]> cells() {
    List<Object[]> cells = new ArrayList<>();
    for (Row row : MATRIX) {
      for (Who who : Who.values()) {
        cells.add(new Object[] {row.method() + " " + row.path(), who, row});
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cells")
  void each_role_gets_what_the_matrix_says(String what, Who who, Row row) {
    HttpResponse<byte[]> response = Http.send(request(row, who));

    int status = response.statusCode();
    if (who == Who.ANONYMOUS && row.isPage()) {
      assertTrue(status == 302 || status == 303, what + " → " + status);
      String location = response.headers().firstValue("Location").orElse("");
      assertTrue(location.contains("/login.xhtml?next="), location);
    } else if (who == Who.ANONYMOUS) {
      assertEquals(401, status, what);
      assertTrue(
          response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="));
      assertTrue(Answer.contentType(response).startsWith("application/problem+json"));
    } else if (!who.atLeast(row.needs())) {
      assertEquals(403, status, what + ": " + Answer.text(response));
      assertTrue(Answer.text(response).contains("Not allowed"), Answer.text(response));
      assertNull(Answer.internalsIn(response), Answer.text(response));
    } else {
      assertEquals(row.allowed(), status, what + ": " + Answer.text(response));
    }
    if (!(row.form() && status == 200)) {
      assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), what + " opened a session");
    }
  }

  @Test
  void every_admin_page_has_a_row_in_the_matrix() throws IOException {
    Path webapp = Path.of("src", "main", "webapp");
    Set<String> rows = MATRIX.stream().map(Row::file).collect(Collectors.toSet());
    List<String> pages;
    try (Stream<Path> files = Files.walk(webapp.resolve("admin"))) {
      pages =
          files
              .filter(f -> f.toString().endsWith(".xhtml"))
              .map(f -> webapp.relativize(f).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    assertTrue(pages.size() >= 6, pages.toString());
    List<String> missing = pages.stream().filter(p -> !rows.contains(p)).toList();
    assertTrue(missing.isEmpty(), "admin pages without a row in the access matrix: " + missing);
  }

  @Test
  void a_public_page_stays_public_and_shows_a_sign_in_link() {
    for (String path :
        List.of("", "index.xhtml", "briefs", "api/export", "api/briefs", "login.xhtml")) {
      HttpResponse<byte[]> response = Http.get(base, path);
      assertEquals(200, response.statusCode(), path);
    }
    assertTrue(Answer.text(Http.get(base, "")).contains("Sign in"));
  }

  @Test
  void wrong_basic_credentials_are_challenged_on_a_protected_page_and_the_api() {
    for (String path : List.of("admin/countries.xhtml", "api/admin/users", "api/briefs")) {
      HttpResponse<byte[]> response =
          Http.send(
              HttpRequest.newBuilder(Http.resolve(base, path))
                  .header("Authorization", "Basic bm90LWJhc2U2NCE=")
                  .GET()
                  .build());

      assertEquals(401, response.statusCode(), path);
      assertNull(Answer.internalsIn(response), Answer.text(response));
    }
  }

  @Test
  void a_basic_header_on_a_public_page_is_ignored() {
    for (String path : List.of("", "briefs", "login.xhtml")) {
      HttpResponse<byte[]> response =
          Http.send(
              HttpRequest.newBuilder(Http.resolve(base, path))
                  .header("Authorization", "Basic bm90LWJhc2U2NCE=")
                  .GET()
                  .build());

      assertEquals(200, response.statusCode(), path);
    }
  }

  @Test
  void the_header_names_the_signed_in_user_and_shows_users_to_administrators_only() {
    String asEditor = Answer.text(Http.get(base, "admin/countries.xhtml", Accounts.editor(base)));
    String asAdmin = Answer.text(Http.get(base, "admin/countries.xhtml", Accounts.admin(base)));

    assertTrue(asEditor.contains("test-editor") && asEditor.contains("Sign out"), asEditor);
    assertTrue(!asEditor.contains("/admin/users.xhtml"), "an editor sees the Users link");
    assertTrue(asAdmin.contains("/admin/users.xhtml"), "an administrator misses the Users link");
  }

  private HttpRequest request(Row row, Who who) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(Http.resolve(base, row.path())).timeout(Duration.ofSeconds(60));
    Accounts.Login login = login(who);
    if (login != null) {
      request.header("Authorization", login.basic());
    }
    if (row.json() != null) {
      request.header("Content-Type", "application/json");
      return request.method(row.method(), HttpRequest.BodyPublishers.ofString(row.json())).build();
    }
    return request.method(row.method(), HttpRequest.BodyPublishers.noBody()).build();
  }

  private Accounts.Login login(Who who) {
    switch (who) {
      case EDITOR:
        return Accounts.editor(base);
      case REVIEWER:
        return Accounts.reviewer(base);
      case ADMIN:
        return Accounts.admin(base);
      default:
        return null;
    }
  }
}
