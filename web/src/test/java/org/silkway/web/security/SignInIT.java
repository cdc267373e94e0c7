package org.silkway.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Accounts.Login;
import org.silkway.web.support.FormSession;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;

/**
 * Signing in with the form, as a browser does: no session before sign-in and a new one at it, the
 * cookie's flags, sign-out, the lock after five wrong passwords that tells nobody whether a user
 * exists, the forced password change, and no way to be sent to another site after signing in.
 */
@OnSilkway
class SignInIT {

  private static final String START = Landing.START;

  private final URL base;

  SignInIT(URL base) {
    this.base = base;
  }

  private static HttpResponse<String> signIn(
      FormSession browser, String next, String username, String password) {
    browser.get(
        next == null
            ? "login.xhtml"
            : "login.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    return browser.submit(
        "login.xhtml",
        "login",
        "signIn",
        Map.of("username", username, "password", password, "next", next == null ? "" : next));
  }

  @Test
  void the_session_starts_at_sign_in_in_an_http_only_same_site_cookie() {
    Login editor = Accounts.editor(base);
    FormSession browser = new FormSession(base);

    HttpResponse<String> page = browser.get("login.xhtml");
    assertTrue(FormSession.sessionCookie(page).isEmpty(), "the sign-in page opened a session");

    HttpResponse<String> signedIn =
        browser.submit(
            "login.xhtml",
            "login",
            "signIn",
            Map.of("username", editor.username(), "password", editor.password(), "next", ""));

    assertEquals(302, signedIn.statusCode(), signedIn.body());
    assertTrue(FormSession.location(signedIn).endsWith(START), FormSession.location(signedIn));
    String cookie = FormSession.sessionCookie(signedIn).orElseThrow();
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    assertFalse(cookie.contains("Secure"), "plain HTTP must not get a Secure cookie: " + cookie);
    HttpResponse<String> admin = browser.get("admin/countries.xhtml");
    assertEquals(200, admin.statusCode());
    assertTrue(admin.body().contains(editor.username()));
  }

  @Test
  void a_session_id_planted_before_sign_in_is_not_the_signed_in_session() {
    Login editor = Accounts.editor(base);
    HttpResponse<byte[]> signedIn =
        Http.send(
            HttpRequest.newBuilder(Http.resolve(base, "login.xhtml"))
                .header("Cookie", "JSESSIONID=planted0123456789")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "login=login&login%3Ausername="
                            + URLEncoder.encode(editor.username(), StandardCharsets.UTF_8)
                            + "&login%3Apassword="
                            + URLEncoder.encode(editor.password(), StandardCharsets.UTF_8)
                            + "&login%3Anext=&login%3AsignIn=&jakarta.faces.ViewState=stateless"))
                .build());

    assertEquals(302, signedIn.statusCode());
    String cookie = FormSession.sessionCookie(signedIn).orElseThrow();
    assertFalse(cookie.contains("planted"), cookie);
  }

  @Test
  void after_signing_in_the_user_goes_to_the_page_they_asked_for() {
    Login editor = Accounts.editor(base);
    FormSession browser = new FormSession(base);

    HttpResponse<String> asked = browser.get("admin/entry.xhtml?key=country/KZ");
    assertEquals(302, asked.statusCode());
    assertTrue(
        FormSession.location(asked)
            .endsWith("/login.xhtml?next=%2Fadmin%2Fentry.xhtml%3Fkey%3Dcountry%2FKZ"),
        FormSession.location(asked));
    HttpResponse<String> signedIn =
        signIn(browser, "/admin/entry.xhtml?key=country/KZ", editor.username(), editor.password());

    assertTrue(
        FormSession.location(signedIn).endsWith("/admin/entry.xhtml?key=country/KZ"),
        FormSession.location(signedIn));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example",
        "//evil.example",
        "/\\evil.example",
        "https:/evil.example",
        "javascript:alert(1)"
      })
  void after_signing_in_no_next_address_leads_to_another_site(String next) {
    Login editor = Accounts.editor(base);
    FormSession browser = new FormSession(base);

    HttpResponse<String> signedIn = signIn(browser, next, editor.username(), editor.password());

    assertEquals(302, signedIn.statusCode());
    String location = FormSession.location(signedIn);
    assertTrue(location.endsWith(START), location);
    assertFalse(location.contains("evil"), location);
  }

  @Test
  void signing_out_ends_the_session() {
    Login editor = Accounts.editor(base);
    FormSession browser = new FormSession(base);
    signIn(browser, null, editor.username(), editor.password());
    assertEquals(200, browser.get("admin/countries.xhtml").statusCode());

    HttpResponse<String> out = browser.post("logout", Map.of());

    assertEquals(303, out.statusCode());
    assertEquals(302, browser.get("admin/countries.xhtml").statusCode(), "still signed in");
  }

  @Test
  void five_wrong_passwords_lock_a_name_and_the_lock_reads_the_same_whether_the_user_exists() {
    Login real = Accounts.fresh(base, "editor");
    String unknown = "no-such-user-" + System.nanoTime();

    for (int i = 1; i <= 5; i++) {
      String realAnswer =
          message(signIn(new FormSession(base), null, real.username(), "wrong password " + i));
      String unknownAnswer =
          message(signIn(new FormSession(base), null, unknown, "wrong password " + i));
      if (i < 5) {
        assertEquals("Wrong user name or password.", realAnswer);
      } else {
        assertTrue(realAnswer.startsWith("Too many failed sign-ins"), realAnswer);
      }
      assertEquals(realAnswer, unknownAnswer, "attempt " + i + " tells the names apart");
    }
    // Now even the right password is refused, and the page says so in the same words.
    HttpResponse<String> locked =
        signIn(new FormSession(base), null, real.username(), real.password());
    String unknownLocked = message(signIn(new FormSession(base), null, unknown, real.password()));

    assertEquals(200, locked.statusCode());
    assertTrue(message(locked).startsWith("Too many failed sign-ins"), message(locked));
    assertEquals(message(locked), unknownLocked);
  }

  @Test
  void a_user_whose_password_was_set_for_them_must_change_it_before_anything_else() {
    Login fresh = Accounts.fresh(base, "reviewer");
    FormSession browser = new FormSession(base);
    signIn(browser, null, fresh.username(), fresh.password());

    HttpResponse<String> elsewhere = browser.get("admin/countries.xhtml");
    assertEquals(302, elsewhere.statusCode());
    assertTrue(FormSession.location(elsewhere).endsWith("/admin/password.xhtml"));

    HttpResponse<String> page = browser.get("admin/password.xhtml");
    assertTrue(page.body().contains("Choose your own"), page.body());
    HttpResponse<String> differ =
        browser.submit(
            "admin/password.xhtml",
            "password",
            "change",
            Map.of(
                "current", fresh.password(),
                "newPassword", "my own password 1",
                "repeat", "my own password 2"));
    assertEquals(200, differ.statusCode());
    assertTrue(differ.body().contains("The two new passwords differ"), differ.body());

    browser.get("admin/password.xhtml");
    HttpResponse<String> tooShort =
        browser.submit(
            "admin/password.xhtml",
            "password",
            "change",
            Map.of("current", fresh.password(), "newPassword", "short", "repeat", "short"));
    assertTrue(tooShort.body().contains("at least 12 characters"), tooShort.body());

    browser.get("admin/password.xhtml");
    HttpResponse<String> changed =
        browser.submit(
            "admin/password.xhtml",
            "password",
            "change",
            Map.of(
                "current", fresh.password(),
                "newPassword", "my own password 1",
                "repeat", "my own password 1"));
    assertEquals(302, changed.statusCode(), changed.body());
    assertEquals(200, browser.get("admin/countries.xhtml").statusCode());
  }

  /** The error message the sign-in page shows. */
  private static String message(HttpResponse<String> page) {
    var m =
        java.util.regex.Pattern.compile("ui-messages-error-summary\">([^<]+)<")
            .matcher(page.body());
    return m.find() ? m.group(1) : "(no message; status " + page.statusCode() + ")";
  }
}
