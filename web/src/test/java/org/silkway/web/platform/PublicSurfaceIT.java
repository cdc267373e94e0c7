package org.silkway.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Answer;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;

/**
 * What anyone on the network sees of Silkway: its pages, API, briefs and errors carry the security
 * headers and nothing that names the software behind them; reading creates no session; the
 * operators' endpoints are closed and readiness says UP and nothing else.
 */
@OnSilkway
class PublicSurfaceIT {

  private final URL base;

  PublicSurfaceIT(URL base) {
    this.base = base;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "admin/entries.xhtml?type=project",
        "admin/entry.xhtml?key=project/cku-railway",
        "api/export",
        "api/export/register.xlsx",
        "api/briefs/countries/KZ.pdf",
        "api/briefs/countries/XX.pdf",
        "api/briefs/sectors/transport.pdf?lang=zh",
        "api/briefs/framework.pdf?asOf=2000-01-01",
        "api/briefs",
        "api/search?q=railway",
        "briefs",
        "briefs?asOf=x",
        "admin/entries.xhtml?type=nothing",
        "no/such/page",
        "health/ready"
      })
  void every_answer_carries_the_security_headers_and_no_server_name(String path) {
    HttpResponse<byte[]> response = Http.get(base, path);

    String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(response.headers().firstValue("Referrer-Policy").isPresent(), path);
    assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), path);
    assertTrue(response.headers().firstValue("Server").isEmpty(), path);
    assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), path + " opened a session");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "briefs", "admin/countries.xhtml", "admin/entries.xhtml?type=project"})
  void a_first_visit_writes_no_session_id_into_links(String path) {
    String page = Answer.text(Http.get(base, path));

    assertFalse(page.contains("jsessionid"), path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"metrics", "openapi"})
  void the_operators_endpoints_are_closed_to_the_public(String path) {
    HttpResponse<byte[]> response = Http.get(base, path);

    assertNotEquals(200, response.statusCode(), path + " is open");
    assertNull(Answer.internalsIn(response), Answer.text(response));
  }

  /**
   * A page or API answer under 64 KB leaves the server whole, with its length: a node that dies
   * while it renders has then sent nothing, and nginx can ask the other node (ClusterIT).
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "briefs", "api/briefs"})
  void a_page_or_api_answer_is_sent_whole_with_its_length(String path) {
    HttpResponse<byte[]> response = Http.get(base, path);
    assertEquals(200, response.statusCode(), path);
    assertTrue(response.body().length > 8 * 1024 || path.isEmpty(), "small: proves little");
    assertEquals(
        String.valueOf(response.body().length),
        response.headers().firstValue("Content-Length").orElse("none"),
        path);
    assertFalse(response.headers().firstValue("Transfer-Encoding").isPresent(), path);
  }

  @Test
  void readiness_says_up_and_nothing_more() {
    HttpResponse<byte[]> response = Http.get(base, "health/ready");

    assertEquals(200, response.statusCode());
    assertEquals(
        "{\"status\":\"UP\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\",\"data\":{}}]}",
        Answer.text(response));
  }

  // A page with a form (the register lists, an entry) keeps its state in a session, for a script
  // as for a person: that state is what protects the form against cross-site requests.
  @ParameterizedTest
  @ValueSource(strings = {"admin/countries.xhtml", "admin/index.xhtml", "api/admin/users"})
  void a_script_signed_in_with_basic_gets_no_session_from_the_api_or_a_page_without_a_form(
      String path) {
    HttpResponse<byte[]> response = Http.get(base, path, Accounts.admin(base));

    assertEquals(200, response.statusCode(), path);
    assertFalse(Answer.text(response).contains("jsessionid"), path);
    assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), path + " opened a session");
  }

  @Test
  void a_page_that_fails_is_silkways_own_with_the_right_status() {
    HttpResponse<byte[]> response =
        Http.get(base, "admin/entry.xhtml?key=project/no-such-thing", Accounts.editor(base));

    assertEquals(404, response.statusCode());
    assertTrue(Answer.contentType(response).startsWith("text/html"));
    String page = Answer.text(response);
    assertTrue(page.contains("Not found · Silkway") && page.contains("Silkway home"), page);
  }
}
