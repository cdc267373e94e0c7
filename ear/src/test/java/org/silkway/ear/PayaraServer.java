package org.silkway.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Payara Server (full profile) in a domain of its own under {@code target/}, driven with
 * {@code asadmin} exactly as an operator would. Ports start at 28000 so that it does not collide
 * with a Silkway already running on 8080.
 */
final class PayaraServer implements AutoCloseable {

  static final int PORT_BASE = 28000;
  static final int ADMIN_PORT = PORT_BASE + 48;
  static final int HTTP_PORT = PORT_BASE + 80;
  private static final String DOMAIN = "silkway-it";

  private final Path asadmin;
  private final Path domainDir;
  private final Map<String, String> environment;
  private boolean started;

  PayaraServer(Path installation, Path workDir, Map<String, String> environment) {
    this.asadmin = installation.resolve("bin/asadmin");
    this.domainDir = workDir.resolve("domains");
    this.environment = environment;
  }

  URI http(String path) {
    return URI.create("http://localhost:" + HTTP_PORT + "/").resolve(path);
  }

  void createAndStart() {
    deleteRecursively(domainDir);
    run(
        "create-domain",
        "--nopassword=true",
        "--portbase",
        String.valueOf(PORT_BASE),
        "--domaindir",
        domainDir.toString(),
        DOMAIN);
    run("start-domain", "--domaindir", domainDir.toString(), DOMAIN);
    started = true;
  }

  void deploy(Path archive) {
    run("--port", String.valueOf(ADMIN_PORT), "deploy", archive.toString());
  }

  /** Waits until {@code path} answers 200, or fails after the timeout. */
  void awaitOk(String path, Duration timeout) {
    HttpClient client = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(timeout);
    int last = -1;
    while (Instant.now().isBefore(deadline)) {
      try {
        last =
            client
                .send(
                    HttpRequest.newBuilder(http(path)).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (last == 200) {
          return;
        }
      } catch (IOException notYet) {
        last = -1;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(1000);
    }
    throw new IllegalStateException(
        path + " did not answer 200 in " + timeout + " (last " + last + ")");
  }

  @Override
  public void close() {
    if (started) {
      run("stop-domain", "--domaindir", domainDir.toString(), DOMAIN);
      started = false;
    }
  }

  private void run(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(asadmin.toString());
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    builder.environment().put("AS_JAVA", System.getProperty("java.home"));
    try {
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException(
            "asadmin " + String.join(" ", arguments) + " failed:\n" + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
