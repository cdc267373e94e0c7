package org.silkway.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx in front of test servers, configured with the operator's file, {@code
 * config/nginx/silkway.conf}: only its two upstream servers, its port and its cache directory are
 * changed to the test's. Absent when nginx is not installed ({@code apt-get install nginx-light}).
 */
public final class Nginx implements AutoCloseable {

  private static final List<Path> BINARIES = List.of(Path.of("/usr/sbin/nginx"));

  private final Process process;
  private final URL base;

  private Nginx(Process process, URL base) {
    this.process = process;
    this.base = base;
  }

  /** Where nginx answers. */
  public URL base() {
    return base;
  }

  /** nginx in front of {@code first} and {@code second}; empty when nginx is not installed. */
  public static Optional<Nginx> inFrontOf(URL first, URL second) {
    Optional<Path> binary = BINARIES.stream().filter(Files::isExecutable).findFirst();
    if (binary.isEmpty()) {
      return Optional.empty();
    }
    try {
      int port = SilkwayServer.freePort();
      Path work =
          Files.createDirectories(
                  Path.of(System.getProperty("silkway.test.work", "target/it-work"))
                      .resolve("nginx-" + port))
              .toAbsolutePath();
      Path operators =
          Path.of(System.getProperty("silkway.test.nginx", "../config/nginx/silkway.conf"));
      String site =
          Files.readString(operators)
              .replace("127.0.0.1:8080", "127.0.0.1:" + first.getPort())
              .replace("127.0.0.1:8081", "127.0.0.1:" + second.getPort())
              .replace("listen 80;", "listen 127.0.0.1:" + port + ";")
              .replace("/var/cache/nginx/silkway", work.resolve("cache").toString());
      Files.writeString(work.resolve("silkway.conf"), site);
      String temp = work.resolve("temp").toString();
      Files.createDirectories(work.resolve("temp"));
      Files.writeString(
          work.resolve("nginx.conf"),
          String.join(
              "\n",
              "daemon off;",
              "worker_processes 1;",
              "pid " + work.resolve("nginx.pid") + ";",
              "error_log " + work.resolve("error.log") + " warn;",
              "events { worker_connections 512; }",
              "http {",
              "  access_log " + work.resolve("access.log") + ";",
              // Workers may run as nobody: nothing of a response goes to a temp file of ours.
              "  proxy_max_temp_file_size 0;",
              "  client_body_temp_path " + temp + "/body;",
              "  proxy_temp_path " + temp + "/proxy;",
              "  fastcgi_temp_path " + temp + "/fastcgi;",
              "  uwsgi_temp_path " + temp + "/uwsgi;",
              "  scgi_temp_path " + temp + "/scgi;",
              "  include " + work.resolve("silkway.conf") + ";",
              "}",
              ""));
      Process process =
          new ProcessBuilder(
                  binary.get().toString(),
                  "-p",
                  work.toString(),
                  "-c",
                  work.resolve("nginx.conf").toString())
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("console.log").toFile())
              .start();
      awaitListening(port, process, work);
      return Optional.of(new Nginx(process, URI.create("http://127.0.0.1:" + port + "/").toURL()));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start nginx", e);
    }
  }

  private static void awaitListening(int port, Process process, Path work) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("nginx exited; see " + work.resolve("console.log"));
      }
      try (Socket socket = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalStateException("nginx did not listen within 10 s; see " + work);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
