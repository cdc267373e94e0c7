package org.silkway.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.silkway.web.security.FromAddress.Reply;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Accounts.Login;
import org.silkway.web.support.FormSession;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;

/**
 * The lock cannot be turned against a user: a stranger's wrong passwords, from another client
 * address, lock the stranger and not the user's own sign-in (HTTP Basic or the form, from their
 * address or a session that signed in before); one address trying many names is limited; wrong
 * current passwords count too; a Basic header on a public page is not even checked. Strangers send
 * from 127.0.0.2 and up (one address per test, so that the tests do not lock each other), the user
 * from the test's usual client.
 */
@OnSilkway
class LockoutIT {

  private static final String USERS = "api/admin/users";

  private final URL base;

  LockoutIT(URL base) {
    this.base = base;
  }

  /** A user who changed the initial password, so that every page of their role is theirs. */
  private Login ready(String role) {
    Login fresh = Accounts.fresh(base, role);
    Login ready = new Login(fresh.username(), "a password of their own " + fresh.username());
    String body =
        "{\"current\":\"" + fresh.password() + "\",\"password\":\"" + ready.password() + "\"}";
    Reply changed =
        new FromAddress(base, "127.0.0.1")
            .postJson(
                "api/account/password",
                FromAddress.basic(fresh.username(), fresh.password()),
                body);
    assertEquals(204, changed.status(), changed.body());
    return ready;
  }

  @Test
  void a_strangers_wrong_passwords_lock_the_stranger_and_not_the_administrator() {
    Login admin = Accounts.admin(base);
    FormSession before = new FormSession(base);
    signIn(before, admin);
    FromAddress stranger = new FromAddress(base, "127.0.0.2");

    for (int i = 1; i <= 6; i++) {
      Reply wrong = stranger.get(USERS, FromAddress.basic("admin", "a wrong guess " + i));
      assertEquals(i < 5 ? 401 : 429, wrong.status(), "attempt " + i + ": " + wrong.body());
    }
    Reply right = stranger.get(USERS, FromAddress.basic("admin", admin.password()));
    assertEquals(429, right.status(), "the stranger still tries while locked: " + right.body());
    assertTrue(right.header("Retry-After").isPresent(), right.head());
    assertTrue(right.body().contains("Too many wrong passwords. Wait 1 minute"), right.body());

    // The server told the two addresses apart: the administrator is not locked.
    assertEquals(200, Http.get(base, USERS, admin).statusCode());
    assertEquals(200, before.get("admin/users.xhtml").statusCode(), "the earlier session ended");
    FormSession now = new FormSession(base);
    assertEquals(302, signIn(now, admin).statusCode());
    assertEquals(200, now.get("admin/users.xhtml").statusCode());
  }

  @Test
  void the_lock_reads_the_same_whether_or_not_the_user_exists() {
    Login real = ready("editor");
    String unknown = "no-such-user-" + System.nanoTime();
    FromAddress stranger = new FromAddress(base, "127.0.0.3");

    Reply realLocked = null;
    Reply unknownLocked = null;
    for (int i = 1; i <= 5; i++) {
      realLocked = stranger.get(USERS, FromAddress.basic(real.username(), "wrong " + i));
      unknownLocked = stranger.get(USERS, FromAddress.basic(unknown, "wrong " + i));
      assertEquals(realLocked.status(), unknownLocked.status(), "attempt " + i);
    }

    assertEquals(429, realLocked.status(), realLocked.body());
    assertEquals(realLocked.body(), unknownLocked.body());
    assertEquals(
        "{\"status\":429,\"title\":\"Too many wrong passwords\","
            + "\"detail\":\"Too many wrong passwords. Wait 1 minute and try again.\"}",
        realLocked.body());
  }

  @Test
  void a_strangers_wrong_passwords_leave_the_users_sign_in_page_open() {
    Login editor = ready("editor");
    FromAddress stranger = new FromAddress(base, "127.0.0.4");
    for (int i = 1; i <= 8; i++) {
      stranger.get(USERS, FromAddress.basic(editor.username(), "wrong " + i));
    }
    assertEquals(
        429, stranger.get(USERS, FromAddress.basic(editor.username(), editor.password())).status());

    FormSession browser = new FormSession(base);
    HttpResponse<String> signedIn = signIn(browser, editor);

    assertEquals(302, signedIn.statusCode(), signedIn.body());
    assertEquals(200, browser.get("admin/countries.xhtml").statusCode());
  }

  @Test
  void one_address_trying_many_names_is_limited_to_twenty_failures_a_minute() {
    FromAddress stranger = new FromAddress(base, "127.0.0.5");
    String prefix = "spray-" + System.nanoTime() + "-";
    for (int i = 1; i <= 20; i++) {
      Reply wrong = stranger.get(USERS, FromAddress.basic(prefix + i, "wrong password"));
      assertEquals(i < 20 ? 401 : 429, wrong.status(), "name " + i);
    }

    Reply another = stranger.get(USERS, FromAddress.basic(prefix + "x", "wrong password"));
    assertEquals(429, another.status());
    Login admin = Accounts.admin(base);
    assertEquals(429, stranger.get(USERS, FromAddress.basic("admin", admin.password())).status());
    assertEquals(200, Http.get(base, USERS, admin).statusCode());
  }

  @Test
  void wrong_current_passwords_on_the_api_are_limited_like_wrong_sign_ins() {
    Login editor = ready("editor");
    FromAddress client = new FromAddress(base, "127.0.0.6");
    String auth = FromAddress.basic(editor.username(), editor.password());

    for (int i = 1; i <= 5; i++) {
      Reply wrong =
          client.postJson(
              "api/account/password",
              auth,
              "{\"current\":\"not it " + i + "\",\"password\":\"a new password for once\"}");
      if (i < 5) {
        assertEquals(400, wrong.status(), wrong.body());
        assertTrue(wrong.body().contains("This is not your current password"), wrong.body());
      } else {
        assertEquals(429, wrong.status(), wrong.body());
        assertTrue(wrong.header("Retry-After").isPresent(), wrong.head());
      }
    }
    Reply right =
        client.postJson(
            "api/account/password",
            auth,
            "{\"current\":\"" + editor.password() + "\",\"password\":\"a new password for once\"}");
    assertEquals(429, right.status(), "the right current password while locked: " + right.body());
  }

  @Test
  void wrong_current_passwords_on_the_password_page_are_limited_like_wrong_sign_ins() {
    Login editor = ready("editor");
    FormSession browser = new FormSession(base);
    signIn(browser, editor);

    String last = "";
    for (int i = 1; i <= 5; i++) {
      browser.get("admin/password.xhtml");
      HttpResponse<String> wrong =
          browser.submit(
              "admin/password.xhtml",
              "password",
              "change",
              Map.of(
                  "current", "not it " + i,
                  "newPassword", "a new password for once",
                  "repeat", "a new password for once"));
      assertEquals(200, wrong.statusCode());
      last = wrong.body();
      if (i < 5) {
        assertTrue(last.contains("This is not your current password"), last);
      }
    }
    assertTrue(last.contains("Too many wrong passwords. Wait 1 minute"), last);
    browser.get("admin/password.xhtml");
    HttpResponse<String> right =
        browser.submit(
            "admin/password.xhtml",
            "password",
            "change",
            Map.of(
                "current", editor.password(),
                "newPassword", "a new password for once",
                "repeat", "a new password for once"));
    assertTrue(right.body().contains("Too many wrong passwords"), right.body());
  }

  @Test
  void a_basic_header_on_a_public_page_is_not_checked_and_counts_for_nothing() {
    Login admin = Accounts.admin(base);
    FromAddress client = new FromAddress(base, "127.0.0.7");
    for (int i = 1; i <= 25; i++) {
      Reply page = client.get("briefs", FromAddress.basic("admin", "a wrong guess " + i));
      assertEquals(200, page.status(), "attempt " + i);
    }
    assertEquals(200, client.get("", FromAddress.basic("admin", "wrong")).status());
    assertEquals(200, client.get("login.xhtml", FromAddress.basic("admin", "wrong")).status());

    // 25 wrong passwords would have locked both the name and the address, had they been checked.
    assertEquals(200, client.get(USERS, FromAddress.basic("admin", admin.password())).status());
  }

  @Test
  void a_basic_header_on_a_public_page_costs_no_password_hash() {
    FromAddress client = new FromAddress(base, "127.0.0.8");
    String bogus = FromAddress.basic("no-such-user", "a wrong guess");
    client.get("briefs", null);
    long without = fastest(() -> client.get("briefs", null));
    long with = fastest(() -> client.get("briefs", bogus));

    // A PBKDF2 hash of 600,000 iterations takes far longer than 50 ms on any machine here.
    assertTrue(with < without + 50, "with a Basic header " + with + " ms, without " + without);
  }

  private static long fastest(Runnable request) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long started = System.nanoTime();
      request.run();
      best = Math.min(best, (System.nanoTime() - started) / 1_000_000);
    }
    return best;
  }

  private static HttpResponse<String> signIn(FormSession browser, Login login) {
    browser.get("login.xhtml");
    return browser.submit(
        "login.xhtml",
        "login",
        "signIn",
        Map.of("username", login.username(), "password", login.password(), "next", ""));
  }
}
