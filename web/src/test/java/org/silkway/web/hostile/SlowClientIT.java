package org.silkway.web.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;

/**
 * Clients that announce a request body and then stall cannot take the server from its readers: with
 * 200 such uploads held open, public requests still answer within a second, and the server gives up
 * on each stalled upload after the read timeout of Silkway's pre-boot settings (10 s without a
 * byte), so their threads come back. Loopback only; every loop is bounded. Runs on H2 and on
 * PostgreSQL (tag {@code hostile}).
 */
@OnSilkway
@Tag("hostile")
class SlowClientIT {

  private static final int STALLED = 200;
  private static final int ANNOUNCED_BYTES = 100 * 1024;
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration ANSWER_LIMIT = Duration.ofSeconds(1);

  private final URL base;

  SlowClientIT(URL base) {
    this.base = base;
  }

  @Test
  void two_hundred_stalled_uploads_leave_readers_answered_within_a_second() throws Exception {
    Http.get(base, "api/briefs"); // warm: the first list of briefs is built, not read from memory
    List<Socket> stalled = new ArrayList<>();
    try {
      long opened = System.nanoTime();
      for (int i = 0; i < STALLED; i++) {
        stalled.add(stall("login.xhtml"));
      }
      Thread.sleep(1000); // let the server take every one of them to a worker thread

      for (String path : List.of("api/briefs", "health/ready", "", "briefs", "api/briefs")) {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = Http.get(base, path);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(200, response.statusCode(), path);
        assertTrue(
            took.compareTo(ANSWER_LIMIT) <= 0, "/" + path + " took " + took.toMillis() + " ms");
      }

      Duration limit = READ_TIMEOUT.plusSeconds(10);
      int released = 0;
      for (Socket socket : stalled) {
        long left = limit.toMillis() - Duration.ofNanos(System.nanoTime() - opened).toMillis();
        if (left > 0 && answeredOrClosed(socket, left)) {
          released++;
        }
      }
      assertEquals(
          STALLED,
          released,
          "stalled uploads the server gave up on within " + limit.toSeconds() + " s");
    } finally {
      for (Socket socket : stalled) {
        socket.close();
      }
    }
  }

  /** A connection that announces a 100 KB form post, sends 12 bytes of it and then nothing. */
  private Socket stall(String path) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), base.getPort());
    OutputStream out = socket.getOutputStream();
    String head =
        "POST /"
            + path
            + " HTTP/1.1\r\nHost: localhost:"
            + base.getPort()
            + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
            + ANNOUNCED_BYTES
            + "\r\n\r\nusername=abc";
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }

  /** Whether the server answered or closed the connection within {@code millis}. */
  private static boolean answeredOrClosed(Socket socket, long millis) throws IOException {
    socket.setSoTimeout((int) Math.max(1, millis));
    InputStream in = socket.getInputStream();
    try {
      return in.read() != -2; // any byte, or -1 for a closed connection
    } catch (SocketTimeoutException stillWaiting) {
      return false;
    } catch (IOException reset) {
      return true;
    }
  }
}
