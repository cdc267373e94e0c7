package org.silkway.web.hostile;

import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Http;

/**
 * One hostile request: what it tries, and the request itself. {@code path} is relative to the
 * deployment and already percent-encoded, exactly as it goes on the wire.
 */
record Hostile(String what, String method, String path, String contentType, byte[] body) {

  static Hostile get(String what, String path) {
    return new Hostile(what, "GET", path, null, null);
  }

  static Hostile call(String method, String path) {
    return new Hostile(method + " " + path, method, path, null, null);
  }

  static Hostile post(String what, String path, String contentType, byte[] body) {
    return new Hostile(what, "POST", path, contentType, body);
  }

  static Hostile post(String what, String path, String contentType, String body) {
    return post(what, path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether the path needs a signed-in user, so that the request carries credentials. */
  boolean signedIn() {
    return path.startsWith("admin/") || path.startsWith("api/admin/");
  }

  /**
   * An admin page keeps its forms' state in a session, so a signed-in request to one may open a
   * session; nothing else may (HTTP Basic itself opens none, and anonymous readers never get one).
   */
  boolean mayOpenSession() {
    return path.startsWith("admin/");
  }

  /**
   * The request; to a path that needs a signed-in user it carries the administrator's credentials
   * (HTTP Basic), so that the hostile value reaches the page behind it.
   */
  HttpRequest request(URL base) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(Http.resolve(base, path)).timeout(Duration.ofSeconds(120));
    if (signedIn()) {
      request.header("Authorization", Accounts.admin(base).basic());
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body);
    return request.method(method, publisher).build();
  }

  @Override
  public String toString() {
    return what.length() > 120 ? what.substring(0, 120) + "…" : what;
  }
}
