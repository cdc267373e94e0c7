package org.silkway.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Accounts.Login;
import org.silkway.web.support.Answer;
import org.silkway.web.support.FormSession;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;

/**
 * Passwords and user names as an attacker or a careless user types them, on every way in: a weak
 * password is refused with the rule it breaks when an administrator creates a user or sets a
 * password (API and page) and when a user changes their own (API and page); a password change ends
 * the user's other sessions and keeps the one that made it; a control character in a user name is
 * refused before any query (400 for Basic, the sign-in page's message). Runs on H2 and again on
 * PostgreSQL, which refuses a NUL in a query (tag {@code hostile}).
 */
@OnSilkway
@Tag("hostile")
class PasswordPolicyIT {

  private static final String TOO_SHORT = "A password needs at least 12 characters";
  private static final String REPEATED = "A password cannot be one character repeated";
  private static final String USER_NAME = "A password cannot be the user name";
  private static final String COMMON = "This password is on a list of common passwords";
  private static final AtomicInteger PROBES = new AtomicInteger();

  /** A weak password (the user's own name where it is null) and the start of its refusal. */
  private record Weak(String what, String password, String refusal) {
    String passwordFor(String username) {
      return password == null ? username : password;
    }
  }

  private static final List<Weak> WEAK =
      List.of(
          new Weak("twelve NULs", "\u0000".repeat(12), TOO_SHORT),
          new Weak("twelve zero-width spaces", "\u200B".repeat(12), TOO_SHORT),
          new Weak("one letter twelve times", "aaaaaaaaaaaa", REPEATED),
          new Weak("the user name", null, USER_NAME),
          new Weak("a common password", "password123456", COMMON));

  private final URL base;

  PasswordPolicyIT(URL base) {
    this.base = base;
  }

  @Test
  void the_api_refuses_each_weak_password_for_a_new_user_with_its_rule() {
    for (Weak weak : WEAK) {
      String name = "policy-probe-" + PROBES.incrementAndGet() + "-" + System.nanoTime() % 10000;
      HttpResponse<byte[]> answer =
          postJson(
              "api/admin/users",
              Accounts.admin(base).basic(),
              "{\"username\":"
                  + json(name)
                  + ",\"role\":\"editor\",\"password\":"
                  + json(weak.passwordFor(name))
                  + "}");
      assertRefused(weak, answer);
      assertEquals(
          404, Http.get(base, "admin/user.xhtml?name=" + name, Accounts.admin(base)).statusCode());
    }
  }

  @Test
  void the_api_refuses_each_weak_password_for_a_users_own_change_with_its_rule() {
    Login user = ready("editor");
    for (Weak weak : WEAK) {
      HttpResponse<byte[]> answer =
          postJson(
              "api/account/password",
              user.basic(),
              "{\"current\":"
                  + json(user.password())
                  + ",\"password\":"
                  + json(weak.passwordFor(user.username()))
                  + "}");
      assertRefused(weak, answer);
    }
    assertEquals(200, Http.get(base, "api/admin/users", Accounts.admin(base)).statusCode());
    assertEquals(200, Http.get(base, "admin/countries.xhtml", user).statusCode());
  }

  @Test
  void the_user_page_refuses_each_weak_password_for_a_new_user_and_for_a_reset() {
    Login target = ready("editor");
    FormSession admin = signedIn(Accounts.admin(base));
    for (Weak weak : WEAK) {
      String name = "policy-page-" + PROBES.incrementAndGet() + "-" + System.nanoTime() % 10000;
      admin.get("admin/user.xhtml");
      HttpResponse<String> created =
          admin.submitAsRendered(
              "admin/user.xhtml",
              "user",
              "user:create",
              Map.of("user:username", name, "user:initialPassword", weak.passwordFor(name)));
      assertPageRefuses(weak, created);

      admin.get("admin/user.xhtml?name=" + target.username());
      HttpResponse<String> reset =
          admin.submitAsRendered(
              "admin/user.xhtml?name=" + target.username(),
              "user",
              "user:resetPassword",
              Map.of("user:password", weak.passwordFor(target.username())));
      assertPageRefuses(weak, reset);
    }
    // Nothing was set: the user still signs in with their own password and need not change it.
    assertEquals(200, Http.get(base, "admin/countries.xhtml", target).statusCode());
  }

  @Test
  void the_password_page_refuses_each_weak_password_with_its_rule() {
    Login user = ready("reviewer");
    FormSession browser = signedIn(user);
    for (Weak weak : WEAK) {
      String password = weak.passwordFor(user.username());
      browser.get("admin/password.xhtml");
      HttpResponse<String> refused =
          browser.submit(
              "admin/password.xhtml",
              "password",
              "change",
              Map.of("current", user.password(), "newPassword", password, "repeat", password));
      assertPageRefuses(weak, refused);
    }
    assertEquals(200, Http.get(base, "admin/countries.xhtml", user).statusCode());
  }

  @Test
  void changing_the_password_on_the_page_ends_the_other_sessions_and_keeps_this_one() {
    Login user = ready("editor");
    FormSession changing = signedIn(user);
    FormSession other = signedIn(user);
    assertEquals(200, other.get("admin/countries.xhtml").statusCode());

    changing.get("admin/password.xhtml");
    String next = "another password of " + user.username();
    HttpResponse<String> changed =
        changing.submit(
            "admin/password.xhtml",
            "password",
            "change",
            Map.of("current", user.password(), "newPassword", next, "repeat", next));

    assertEquals(302, changed.statusCode(), changed.body());
    assertEquals(200, changing.get("admin/countries.xhtml").statusCode(), "this session ended");
    HttpResponse<String> ended = other.get("admin/countries.xhtml");
    assertEquals(302, ended.statusCode(), "the other session is still signed in");
    assertTrue(FormSession.location(ended).contains("/login.xhtml"), FormSession.location(ended));
    assertEquals(302, other.get("admin/countries.xhtml").statusCode());
  }

  @Test
  void changing_the_password_through_the_api_ends_every_session() {
    Login user = ready("editor");
    FormSession first = signedIn(user);
    FormSession second = signedIn(user);

    String next = "another password of " + user.username();
    HttpResponse<byte[]> changed =
        postJson(
            "api/account/password",
            user.basic(),
            "{\"current\":" + json(user.password()) + ",\"password\":" + json(next) + "}");

    assertEquals(204, changed.statusCode(), Answer.text(changed));
    assertEquals(302, first.get("admin/countries.xhtml").statusCode());
    assertEquals(302, second.get("admin/countries.xhtml").statusCode());
    assertEquals(
        200,
        Http.get(base, "admin/countries.xhtml", new Login(user.username(), next)).statusCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ad\u0000min", "\u0000", "admin\n", "ad\u0007min"})
  void a_control_character_in_a_basic_user_name_is_a_400_on_the_api_and_on_a_page(String name) {
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((name + ":whatever password").getBytes(StandardCharsets.UTF_8));
    for (String path : List.of("api/admin/users", "api/briefs", "admin/countries.xhtml")) {
      HttpResponse<byte[]> answer =
          Http.send(
              HttpRequest.newBuilder(Http.resolve(base, path))
                  .timeout(Duration.ofSeconds(30))
                  .header("Authorization", basic)
                  .header("Accept", "application/json")
                  .GET()
                  .build());
      assertEquals(400, answer.statusCode(), path + ": " + Answer.text(answer));
      assertNull(Answer.internalsIn(answer), Answer.text(answer));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ad\u0000min", "\u0000", "admin\u0000\u0000"})
  void a_control_character_in_the_sign_in_forms_user_name_is_refused_before_any_query(String name) {
    FormSession browser = new FormSession(base);
    browser.get("login.xhtml");
    HttpResponse<String> page =
        browser.submit(
            "login.xhtml",
            "login",
            "signIn",
            Map.of("username", name, "password", "whatever password", "next", ""));

    // The request check refuses a control character in any form field before a page reads it.
    assertEquals(400, page.statusCode(), page.body());
    assertTrue(page.body().contains("Malformed request"), page.body());
    assertFalse(page.body().contains("Exception"), page.body());
  }

  /**
   * A page refuses a weak password at its field; one with control characters (twelve NULs) never
   * reaches the page: the request check refuses any form field holding one (400, Silkway's page).
   */
  private static void assertPageRefuses(Weak weak, HttpResponse<String> refused) {
    if (weak.password() != null && weak.password().chars().anyMatch(Character::isISOControl)) {
      assertEquals(400, refused.statusCode(), weak.what());
      assertTrue(refused.body().contains("Malformed request"), weak.what() + ": " + refused.body());
      return;
    }
    assertEquals(200, refused.statusCode(), weak.what());
    assertTrue(refused.body().contains(weak.refusal()), weak.what() + ": " + refused.body());
  }

  private void assertRefused(Weak weak, HttpResponse<byte[]> answer) {
    String body = Answer.text(answer);
    assertEquals(400, answer.statusCode(), weak.what() + ": " + body);
    assertTrue(body.contains("\"field\":\"password\""), weak.what() + ": " + body);
    assertTrue(body.contains("\"detail\":\"" + weak.refusal()), weak.what() + ": " + body);
  }

  /** A user who changed the initial password. */
  private Login ready(String role) {
    Login fresh = Accounts.fresh(base, role);
    Login ready = new Login(fresh.username(), "a password of their own " + fresh.username());
    HttpResponse<byte[]> changed =
        postJson(
            "api/account/password",
            fresh.basic(),
            "{\"current\":"
                + json(fresh.password())
                + ",\"password\":"
                + json(ready.password())
                + "}");
    assertEquals(204, changed.statusCode(), Answer.text(changed));
    return ready;
  }

  private FormSession signedIn(Login login) {
    FormSession browser = new FormSession(base);
    HttpResponse<String> signedIn = browser.signIn(login);
    assertEquals(302, signedIn.statusCode(), signedIn.body());
    return browser;
  }

  private HttpResponse<byte[]> postJson(String path, String authorization, String json) {
    return Http.send(
        HttpRequest.newBuilder(Http.resolve(base, path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** A JSON string, with every character outside printable ASCII escaped. */
  private static String json(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7E) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  private static String message(HttpResponse<String> page) {
    Matcher m = Pattern.compile("ui-messages-error-summary\">([^<]+)<").matcher(page.body());
    return m.find() ? m.group(1) : "(no message; status " + page.statusCode() + ")";
  }
}
