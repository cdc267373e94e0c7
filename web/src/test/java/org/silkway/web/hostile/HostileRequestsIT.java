package org.silkway.web.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Answer;
import org.silkway.web.support.OnSilkway;

/**
 * The requests of a hostile-input probe (issue 15, findings 5 and 6), sent as the probe sent them,
 * over a raw socket because Java's HTTP client refuses an empty {@code Host} and odd methods: a NUL
 * in a list filter or a key, a header that does not parse, a method nobody implements, a forged
 * {@code Host}, and the questions that made the server name itself. Each gets Silkway's own answer,
 * never a 5xx, and no answer names a version. Runs on H2 and on PostgreSQL (tag {@code hostile}).
 */
@OnSilkway
@Tag("hostile")
class HostileRequestsIT {

  /** A product with a version, anywhere in a header or body: "Jersey: 3.1", "15.0.13", ... */
  private static final Pattern VERSION =
      Pattern.compile(
          "(?i)(payara|jersey|grizzly|mojarra|primefaces|glassfish|hibernate)[^\\n]{0,20}\\d+\\.\\d+"
              + "|[?&]v=\\d+\\.\\d+|\\b15\\.0\\.\\d+\\b");

  private final URL base;

  HostileRequestsIT(URL base) {
    this.base = base;
  }

  /**
   * One request of the probe: what it tried, the raw request line and headers, the answer wanted.
   */
  record Probe(String what, String method, String path, List<String> headers, int expected) {

    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Probe> probes() {
    List<Probe> probes = new ArrayList<>();
    // Finding 5: a NUL or another control character reaching a query.
    for (String path :
        List.of(
            "admin/entries.xhtml?type=project&q=%00",
            "admin/entries.xhtml?type=project&q=rail%00way",
            "admin/entries.xhtml?type=project&name=%00",
            "admin/entries.xhtml?type=project&sector=%00",
            "admin/entry.xhtml?key=project/%00",
            "admin/entry.xhtml?key=%00",
            "admin/user.xhtml?name=admin%00",
            "admin/source.xhtml?key=%01",
            "admin/queue.xhtml?of=%1B",
            "briefs?asOf=2025-06-18%00",
            "api/briefs/countries/KZ.pdf?lang=en%00",
            "api/export?format=%7F")) {
      probes.add(new Probe("NUL/control in " + path, "GET", path, signedIn(path), 400));
    }
    // Finding 5: headers that do not parse.
    probes.add(header("If-None-Match: junk", "api/briefs/countries/KZ.pdf", 400));
    probes.add(header("If-None-Match: junk", "briefs", 400));
    probes.add(header("If-Match: junk", "api/briefs/countries/KZ.pdf", 400));
    probes.add(header("Accept: */*;q=junk", "briefs", 400));
    probes.add(header("Accept: */*;q=junk", "api/briefs", 400));
    probes.add(header("Accept-Language: en;q=junk", "index.xhtml", 400));
    // Finding 5: PATCH (and a made-up method) on any path is a 405, not a 500.
    for (String path :
        List.of(
            "",
            "index.xhtml",
            "briefs",
            "login.xhtml",
            "nothing-here",
            "resources/css/silkway.css",
            "health",
            "health/ready",
            "openapi",
            "api/export",
            "api/briefs",
            "api/briefs/countries/KZ.pdf",
            "api/nothing-here")) {
      probes.add(new Probe("PATCH /" + path, "PATCH", path, List.of(), 405));
      probes.add(new Probe("FOO /" + path, "FOO", path, List.of(), 405));
    }
    // Finding 6: what the server said about itself.
    probes.add(
        new Probe("the WADL of /openapi", "GET", "openapi/application.wadl", List.of(), 404));
    probes.add(new Probe("the WADL of /api", "GET", "api/application.wadl", List.of(), 404));
    return probes.stream();
  }

  private static Probe header(String header, String path, int expected) {
    return new Probe(header + " on /" + path, "GET", path, List.of(header), expected);
  }

  /** Admin pages need a user, so that the value reaches the page behind the sign-in. */
  private static List<String> signedIn(String path) {
    return path.startsWith("admin/") ? List.of(Raw.SIGNED_IN) : List.of();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("probes")
  void a_probe_request_gets_silkways_own_answer(Probe probe) {
    Raw.Response response = Raw.send(base, probe.method(), probe.path(), probe.headers(), true);

    assertEquals(probe.expected(), response.status(), () -> probe + ": " + response.excerpt());
    assertSilkwaysOwn(probe.toString(), response);
    if (probe.expected() == 405) {
      assertTrue(response.header("Allow").contains("GET"), probe + ": no Allow header");
    }
  }

  @Test
  void an_empty_host_header_is_never_a_server_error_and_names_nothing() {
    // Grizzly maps a request to an application by its Host before Silkway sees it: an empty one
    // is answered by the server itself, with an empty body; it must still say nothing.
    for (String path : List.of("", "briefs", "api/briefs", "admin/")) {
      Raw.Response response = Raw.send(base, "GET", path, List.of("Host:"), false);
      assertTrue(response.status() < 500, () -> "empty Host on /" + path + ": " + response);
      assertNoVersion("empty Host on /" + path, response);
      assertNull(Answer.internalsIn(response.body()), () -> "empty Host: " + response.excerpt());
    }
  }

  @Test
  void a_forged_host_header_is_not_copied_into_a_redirect() {
    Raw.Response response = Raw.send(base, "GET", "admin/", List.of("Host: evil.example"), false);

    assertEquals(302, response.status(), response::excerpt);
    String location = response.header("Location");
    assertTrue(location.startsWith("/login.xhtml"), location);
    assertFalse(location.contains("evil.example"), location);
  }

  @Test
  void no_wadl_answers_options_on_any_jax_rs_address() {
    for (String path : List.of("openapi", "api/briefs", "api/export")) {
      Raw.Response response = Raw.send(base, "OPTIONS", path, List.of(), true);
      assertTrue(response.status() < 500, () -> "OPTIONS /" + path + ": " + response.excerpt());
      assertFalse(
          response.header("Content-Type").contains("wadl") || response.body().contains("wadl"),
          () -> "OPTIONS /" + path + " describes the API: " + response.excerpt());
      assertNoVersion("OPTIONS /" + path, response);
    }
  }

  @Test
  void pages_link_their_resources_without_a_library_version_and_run_scripts_by_nonce_only() {
    for (String path : List.of("", "briefs", "login.xhtml")) {
      Raw.Response response = Raw.send(base, "GET", path, List.of(), true);
      assertEquals(200, response.status(), () -> "/" + path + ": " + response.excerpt());
      assertNoVersion("/" + path, response);
      String policy = response.header("Content-Security-Policy");
      String scripts = policy.substring(policy.indexOf("script-src"));
      assertFalse(scripts.contains("unsafe-inline"), policy);
      assertFalse(scripts.contains("unsafe-eval"), policy);
      assertTrue(scripts.contains("'nonce-"), () -> "/" + path + " has no script nonce: " + policy);
    }
  }

  @Test
  void every_other_answer_forbids_inline_scripts_too() {
    for (String path : List.of("api/briefs", "nothing-here", "api/export")) {
      Raw.Response response = Raw.send(base, "GET", path, List.of(), true);
      String policy = response.header("Content-Security-Policy");
      assertTrue(policy.endsWith("script-src 'self'"), () -> "/" + path + ": " + policy);
      assertFalse(policy.contains("unsafe-eval"), policy);
      assertNoVersion("/" + path, response);
    }
  }

  private static void assertSilkwaysOwn(String what, Raw.Response response) {
    assertTrue(response.status() < 500, () -> what + " → " + response.status());
    assertEquals("nosniff", response.header("X-Content-Type-Options"), what);
    String type = response.header("Content-Type");
    if (type.startsWith("application/problem+json")) {
      assertTrue(response.body().contains("\"status\":" + response.status()), what);
    } else {
      assertTrue(type.startsWith("text/html"), () -> what + ": " + type);
      assertTrue(response.body().contains("Silkway"), () -> what + ": " + response.excerpt());
    }
    assertNull(Answer.internalsIn(Answer.visibleText(response.body())), what);
    assertFalse(response.body().contains("Error id"), () -> what + " is an unexpected error");
    assertNoVersion(what, response);
  }

  private static void assertNoVersion(String what, Raw.Response response) {
    assertTrue(response.header("Server").isEmpty(), () -> what + ": Server header");
    assertTrue(response.header("X-Powered-By").isEmpty(), () -> what + ": X-Powered-By");
    var found = VERSION.matcher(response.head() + "\n" + response.body());
    assertFalse(found.find(), () -> what + " names a version: " + found.group());
  }

  /**
   * A bare HTTP/1.1 client: one request per connection, exactly the bytes given, the answer read
   * until the server closes (bounded in time and size).
   */
  static final class Raw {

    static final String SIGNED_IN = "Authorization: signed-in";

    private static final int TIMEOUT_MILLIS = 30_000;
    private static final int MAX_BYTES = 4 * 1024 * 1024;

    record Response(int status, String head, String body) {

      String header(String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        return head.lines()
            .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
            .map(line -> line.substring(prefix.length()).strip())
            .findFirst()
            .orElse("");
      }

      String excerpt() {
        String text = head + "\n\n" + body;
        return text.length() > 800 ? text.substring(0, 800) + "…" : text;
      }
    }

    static Response send(
        URL base, String method, String path, List<String> headers, boolean withHost) {
      StringBuilder request = new StringBuilder();
      request.append(method).append(" /").append(path).append(" HTTP/1.1\r\n");
      if (withHost) {
        request.append("Host: localhost:").append(base.getPort()).append("\r\n");
      }
      for (String header : headers) {
        if (header.equals(SIGNED_IN)) {
          request.append("Authorization: ").append(Accounts.admin(base).basic()).append("\r\n");
        } else {
          request.append(header).append("\r\n");
        }
      }
      request.append("Connection: close\r\n\r\n");
      try (Socket socket = new Socket(base.getHost(), base.getPort())) {
        socket.setSoTimeout(TIMEOUT_MILLIS);
        OutputStream out = socket.getOutputStream();
        out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return parse(readAll(socket.getInputStream()));
      } catch (IOException e) {
        throw new UncheckedIOException(method + " /" + path, e);
      }
    }

    private static byte[] readAll(InputStream in) throws IOException {
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n >= 0 && answer.size() < MAX_BYTES; n = in.read(buffer)) {
        answer.write(buffer, 0, n);
      }
      return answer.toByteArray();
    }

    private static Response parse(byte[] bytes) {
      int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
      String head = new String(bytes, 0, end < 0 ? bytes.length : end, StandardCharsets.ISO_8859_1);
      byte[] body = new byte[0];
      if (end >= 0) {
        body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
          body = dechunk(body);
        }
      }
      String[] statusLine = head.lines().findFirst().orElse("").split(" ");
      int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
      return new Response(status, head, new String(body, StandardCharsets.UTF_8));
    }

    /** A chunked body without its chunk sizes. */
    private static byte[] dechunk(byte[] body) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
      int at = 0;
      while (at < body.length) {
        int lineEnd = indexOf(body, crlf, at);
        if (lineEnd < 0) {
          break;
        }
        String sizeLine = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1);
        int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
        if (size == 0) {
          break;
        }
        int start = lineEnd + 2;
        int stop = Math.min(body.length, start + size);
        out.write(body, start, stop - start);
        at = stop + 2;
      }
      return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
      for (int i = from; i <= bytes.length - part.length; i++) {
        if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
          return i;
        }
      }
      return -1;
    }
  }
}
