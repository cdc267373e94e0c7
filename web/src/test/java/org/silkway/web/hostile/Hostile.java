package org.silkway.web.hostile;

import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

  HttpRequest request(URL base) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(Http.resolve(base, path)).timeout(Duration.ofSeconds(120));
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
