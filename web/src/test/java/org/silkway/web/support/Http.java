package org.silkway.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A small HTTP client for tests that talk to the deployed application as a browser or tool would.
 */
public final class Http {

  /**
   * HTTP/1.1, as browsers and scripts speak to a server without TLS: Java's client would otherwise
   * upgrade to cleartext HTTP/2, which Silkway's users never do.
   */
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private Http() {}

  public static HttpResponse<byte[]> get(URL base, String path) {
    return send(
        HttpRequest.newBuilder(resolve(base, path)).timeout(Duration.ofSeconds(60)).GET().build());
  }

  /** A GET as a signed-in user, with HTTP Basic. */
  public static HttpResponse<byte[]> get(URL base, String path, Accounts.Login as) {
    return send(
        HttpRequest.newBuilder(resolve(base, path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", as.basic())
            .GET()
            .build());
  }

  /** Sends any request; the caller builds it (method, headers, body) against {@link #resolve}. */
  public static HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A path (with its query) relative to the deployment, taken as it is, unencoded. */
  public static URI resolve(URL base, String path) {
    return URI.create(base.toExternalForm() + path);
  }

  /**
   * The server root (where {@code /health} lives), whatever context root the test deployment got.
   */
  public static URL serverRoot(URL deployment) {
    try {
      return URI.create(deployment.toExternalForm()).resolve("/").toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
