package org.silkway.web.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP/1.1 client that sends from a chosen loopback address (127.0.0.2, 127.0.0.3, ...), so that
 * the server sees another client: what Java's own client cannot do before JDK 19. One request per
 * connection, a bounded wait, and only loopback addresses.
 */
final class FromAddress {

  /** What came back: the status, the headers as received and the body as text. */
  record Reply(int status, String head, String body) {

    Optional<String> header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
          return Optional.of(line.substring(colon + 1).strip());
        }
      }
      return Optional.empty();
    }
  }

  private final URL base;
  private final InetAddress from;

  FromAddress(URL base, String loopback) {
    this.base = base;
    try {
      this.from = InetAddress.getByName(loopback);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!from.isLoopbackAddress()) {
      throw new IllegalArgumentException("only loopback addresses: " + loopback);
    }
  }

  static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  Reply get(String path, String authorization) {
    return send("GET", path, authorization, null);
  }

  Reply postJson(String path, String authorization, String json) {
    return send("POST", path, authorization, json);
  }

  private Reply send(String method, String path, String authorization, String json) {
    byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder();
    request.append(method).append(' ').append(base.getPath()).append(path).append(" HTTP/1.1\r\n");
    request.append("Host: ").append(base.getHost()).append(':').append(base.getPort());
    request.append("\r\nConnection: close\r\n");
    if (authorization != null) {
      request.append("Authorization: ").append(authorization).append("\r\n");
    }
    if (json != null) {
      request.append("Content-Type: application/json\r\n");
      request.append("Content-Length: ").append(body.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n = in.read(buffer); n >= 0 && all.size() < 4_000_000; n = in.read(buffer)) {
      all.write(buffer, 0, n);
    }
    return all.toByteArray();
  }

  private static Reply parse(byte[] raw) {
    int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
    String head = new String(raw, 0, end < 0 ? raw.length : end, StandardCharsets.ISO_8859_1);
    byte[] body = end < 0 ? new byte[0] : Arrays.copyOfRange(raw, end + 4, raw.length);
    if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
      body = unchunk(body);
    }
    String[] status = head.split(" ", 3);
    return new Reply(Integer.parseInt(status[1]), head, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] crlf = {'\r', '\n'};
    int at = 0;
    while (at < chunked.length) {
      int line = indexOf(chunked, crlf, at);
      if (line < 0) {
        break;
      }
      String size = new String(chunked, at, line - at, StandardCharsets.ISO_8859_1);
      int length = Integer.parseInt(size.split(";")[0].strip(), 16);
      if (length == 0) {
        break;
      }
      int from = line + 2;
      body.write(chunked, from, Math.min(length, chunked.length - from));
      at = from + length + 2;
    }
    return body.toByteArray();
  }

  private static int indexOf(byte[] data, byte[] wanted, int from) {
    for (int i = from; i <= data.length - wanted.length; i++) {
      if (Arrays.equals(data, i, i + wanted.length, wanted, 0, wanted.length)) {
        return i;
      }
    }
    return -1;
  }
}
