package org.silkway.web.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Accounts.Login;
import org.silkway.web.support.Answer;
import org.silkway.web.support.FormSession;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;

/**
 * Another site cannot use a signed-in administrator's browser against the API: with the session
 * cookie alone, every unsafe method on every API path that changes something is refused when the
 * body is not declared JSON (415: what a browser sends cross-site without asking) or when {@code
 * Origin} names another site (403), and the users and the register stay as they were. The same
 * request from Silkway's own origin, or from a script, goes through. Runs on H2 and on PostgreSQL
 * (tag {@code hostile}).
 */
@OnSilkway
@Tag("hostile")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSiteApiIT {

  private static final List<String> UNSAFE = List.of("POST", "PUT", "PATCH", "DELETE");

  /** What a browser may send to another site without asking first, and near misses of JSON. */
  private static final List<String> NOT_JSON =
      List.of(
          "", // no Content-Type at all
          "text/plain;charset=UTF-8",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "application/json;charset=ISO-8859-1");

  /** Another site, a sandboxed page, and Silkway's own host on another port. */
  private static final List<String> FOREIGN_ORIGINS =
      List.of("https://evil.example", "null", "http://localhost");

  private final URL base;
  private Login administrator;
  private String sessionCookies;
  private String passwordBody;
  private String registerBefore;

  CrossSiteApiIT(URL base) {
    this.base = base;
  }

  /** The API paths that change something, each with a body it would accept. */
  private Map<String, String> writes() {
    return Map.of(
        "api/admin/users",
        "{\"username\":\"cross-site-admin\",\"role\":\"admin\",\"password\":\"a cross-site pass\"}",
        "api/account/password",
        passwordBody,
        "api/admin/import",
        "{\"format\":\"silkway-register\",\"sources\":[],\"entries\":[]}",
        "api/admin/imports",
        "key,name_en\n,Cross-site port\n");
  }

  /** An administrator of this test's own, signed in with the form: a browser's cookie session. */
  private synchronized String session() {
    if (sessionCookies == null) {
      Login fresh = Accounts.fresh(base, "admin");
      administrator = new Login(fresh.username(), "the cross-site test administrator password");
      HttpResponse<byte[]> changed =
          Http.send(
              json("api/account/password")
                  .header("Authorization", fresh.basic())
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          passwordChange(fresh.password(), administrator.password())))
                  .build());
      assertEquals(204, changed.statusCode(), Answer.text(changed));
      passwordBody = passwordChange(administrator.password(), "what another site would set");
      FormSession browser = new FormSession(base);
      browser.get("login.xhtml");
      HttpResponse<String> signedIn =
          browser.submit(
              "login.xhtml",
              "login",
              "signIn",
              Map.of(
                  "username",
                  administrator.username(),
                  "password",
                  administrator.password(),
                  "next",
                  ""));
      assertEquals(302, signedIn.statusCode(), signedIn.body());
      sessionCookies = browser.cookieHeader();
      registerBefore = register();
    }
    return sessionCookies;
  }

  Stream<String[]> withoutJson() {
    session();
    List<String[]> cases = new ArrayList<>();
    for (String path : writes().keySet()) {
      for (String method : UNSAFE) {
        for (String type : NOT_JSON) {
          cases.add(new String[] {method, path, type});
        }
      }
    }
    return cases.stream();
  }

  Stream<String[]> fromAnotherSite() {
    session();
    List<String[]> cases = new ArrayList<>();
    for (String path : writes().keySet()) {
      for (String method : UNSAFE) {
        for (String origin : FOREIGN_ORIGINS) {
          cases.add(new String[] {method, path, origin});
        }
      }
    }
    return cases.stream();
  }

  /**
   * PATCH is a method no address of Silkway takes: the request check refuses it (405) before the
   * API's own rule for changes would (415 or 403). Either way nothing is written.
   */
  private static int refusal(String method, int forAChange) {
    return method.equals("PATCH") ? 405 : forAChange;
  }

  @ParameterizedTest(name = "{0} {1} as {2}")
  @MethodSource("withoutJson")
  void a_cookie_session_may_not_change_anything_without_a_json_body(
      String method, String path, String type) {
    String before = users();
    HttpRequest.Builder request = withCookie(path).method(method, body(method, path));
    if (!type.isEmpty()) {
      request.header("Content-Type", type);
    }

    HttpResponse<byte[]> response = Http.send(request.build());

    assertEquals(refusal(method, 415), response.statusCode(), () -> Answer.text(response));
    assertTrue(Answer.contentType(response).startsWith("application/problem+json"));
    assertEquals(before, users(), "the request changed the users");
  }

  @ParameterizedTest(name = "{0} {1} from {2}")
  @MethodSource("fromAnotherSite")
  void a_cookie_session_may_not_change_anything_from_another_site(
      String method, String path, String origin) {
    String before = users();

    HttpResponse<byte[]> response =
        Http.send(
            withCookie(path)
                .header("Content-Type", "application/json")
                .header("Origin", origin)
                .method(method, body(method, path))
                .build());

    assertEquals(refusal(method, 403), response.statusCode(), () -> Answer.text(response));
    assertTrue(Answer.contentType(response).startsWith("application/problem+json"));
    assertEquals(before, users(), "the request changed the users");
  }

  @Test
  void the_same_session_may_create_a_user_from_silkways_own_origin() {
    String name = "same-origin-" + System.nanoTime() % 1_000_000;
    HttpResponse<byte[]> response =
        Http.send(
            withCookie("api/admin/users")
                .header("Content-Type", "application/json;charset=UTF-8")
                .header("Origin", "http://localhost:" + base.getPort())
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\""
                            + name
                            + "\",\"role\":\"editor\",\"password\":\"initial password "
                            + name
                            + "\"}"))
                .build());

    assertEquals(201, response.statusCode(), () -> Answer.text(response));
    assertTrue(users().contains("\"" + name + "\""));
  }

  @Test
  void a_sign_in_posted_from_another_site_signs_nobody_in() {
    session();
    HttpResponse<byte[]> response =
        Http.send(
            HttpRequest.newBuilder(Http.resolve(base, "login.xhtml"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "login=login&login%3Ausername="
                            + URLEncoder.encode(administrator.username(), StandardCharsets.UTF_8)
                            + "&login%3Apassword="
                            + URLEncoder.encode(administrator.password(), StandardCharsets.UTF_8)
                            + "&login%3Anext=&login%3AsignIn=&jakarta.faces.ViewState=stateless"))
                .build());

    assertEquals(200, response.statusCode());
    assertTrue(FormSession.sessionCookie(response).isEmpty(), "another site's post signed in");
    assertTrue(Answer.text(response).contains("own sign-in page"), Answer.text(response));
  }

  /**
   * The users with their roles, read with the same cookie session (a Basic sign-in would cost a
   * password hash per check). The register and the administrator's password are compared once, at
   * the end, for all requests together.
   */
  private String users() {
    HttpResponse<byte[]> users = Http.send(withCookie("api/admin/users").GET().build());
    assertEquals(200, users.statusCode());
    String text = Answer.text(users);
    assertFalse(text.contains("cross-site-admin"), text);
    return text;
  }

  @AfterAll
  void the_register_and_the_administrators_password_are_as_they_were() {
    if (registerBefore != null) {
      assertEquals(registerBefore, register(), "a refused request changed the register");
      assertEquals(
          200,
          Http.get(base, "api/admin/users", administrator).statusCode(),
          "a refused request changed the administrator's password");
    }
  }

  private String register() {
    return Answer.text(Http.get(base, "api/export"));
  }

  private HttpRequest.Builder withCookie(String path) {
    return HttpRequest.newBuilder(Http.resolve(base, path))
        .timeout(Duration.ofSeconds(30))
        .header("Cookie", session());
  }

  /**
   * The body the path would accept; none for DELETE, which the server refuses with a body (400)
   * before Silkway sees it.
   */
  private HttpRequest.BodyPublisher body(String method, String path) {
    return method.equals("DELETE")
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(writes().get(path));
  }

  private HttpRequest.Builder json(String path) {
    return HttpRequest.newBuilder(Http.resolve(base, path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json");
  }

  private static String passwordChange(String current, String next) {
    return "{\"current\":\"" + current + "\",\"password\":\"" + next + "\"}";
  }
}
