package org.silkway.web.support;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Users to sign in with, on the shared test server: the first administrator (whose initial
 * password, {@link #INITIAL_ADMIN_PASSWORD}, the server is started with, and which this changes
 * once per server, as its owner must) and one user of each role, created once through the admin API
 * with their passwords changed, so that they may use every page their role allows.
 */
public final class Accounts {

  /**
   * What {@code silkway.admin.initial-password} is on every test server. No spaces: Arquillian's
   * Payara Micro launcher splits its JVM options at every space.
   */
  public static final String INITIAL_ADMIN_PASSWORD = "initial-admin-password";

  private static final String ADMIN_PASSWORD = "the test administrator's password";
  private static final Map<String, Login> LOGINS = new HashMap<>();
  private static final AtomicInteger FRESH = new AtomicInteger();

  private Accounts() {}

  /** A user name and password. */
  public record Login(String username, String password) {

    /** The value of an {@code Authorization} header for HTTP Basic. */
    public String basic() {
      return "Basic "
          + Base64.getEncoder()
              .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
  }

  public static synchronized Login admin(URL base) {
    Login admin = LOGINS.get(key(base, "admin"));
    if (admin == null) {
      Login initial = new Login("admin", INITIAL_ADMIN_PASSWORD);
      changePassword(base, initial, ADMIN_PASSWORD);
      admin = new Login("admin", ADMIN_PASSWORD);
      LOGINS.put(key(base, "admin"), admin);
    }
    return admin;
  }

  public static synchronized Login editor(URL base) {
    return ready(base, "test-editor", "editor");
  }

  public static synchronized Login reviewer(URL base) {
    return ready(base, "test-reviewer", "reviewer");
  }

  /** Another editor, for tests of two editors changing the same entry. */
  public static synchronized Login secondEditor(URL base) {
    return ready(base, "test-editor-2", "editor");
  }

  /** An administrator other than {@code admin}, for tests that change users. */
  public static synchronized Login otherAdmin(URL base) {
    return ready(base, "test-admin", "admin");
  }

  /**
   * A new user of the role who has not yet changed the initial password (returned): for the first
   * sign-in and lockout tests. Each call makes another.
   */
  public static Login fresh(URL base, String role) {
    String name =
        "fresh-" + role + "-" + FRESH.incrementAndGet() + "-" + System.nanoTime() % 100000;
    Login login = new Login(name, "initial password " + name);
    create(base, login, role);
    return login;
  }

  private static Login ready(URL base, String name, String role) {
    Login ready = LOGINS.get(key(base, name));
    if (ready == null) {
      Login initial = new Login(name, "initial password of " + name);
      create(base, initial, role);
      ready = new Login(name, "the password of " + name);
      changePassword(base, initial, ready.password());
      LOGINS.put(key(base, name), ready);
    }
    return ready;
  }

  private static void create(URL base, Login login, String role) {
    String body =
        "{\"username\":\""
            + login.username()
            + "\",\"role\":\""
            + role
            + "\",\"password\":\""
            + login.password()
            + "\"}";
    expect(201, post(base, "api/admin/users", admin(base), body), "create " + login.username());
  }

  private static void changePassword(URL base, Login login, String newPassword) {
    String body = "{\"current\":\"" + login.password() + "\",\"password\":\"" + newPassword + "\"}";
    expect(
        204,
        post(base, "api/account/password", login, body),
        "change the password of " + login.username());
  }

  private static HttpResponse<byte[]> post(URL base, String path, Login as, String json) {
    return Http.send(
        HttpRequest.newBuilder(Http.resolve(base, path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", as.basic())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static void expect(int status, HttpResponse<byte[]> response, String what) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          "Could not "
              + what
              + ": "
              + response.statusCode()
              + " "
              + new String(response.body(), StandardCharsets.UTF_8));
    }
  }

  private static String key(URL base, String name) {
    return base + " " + name;
  }
}
