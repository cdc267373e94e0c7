package org.silkway.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Silkway itself, as an operator runs it: silkway-micro.war with its libraries beside it ({@code
 * --addlibs}) on Payara Micro at the root context, on the database this test JVM was given ({@link
 * TestDatabase}). Started once for the whole failsafe run and shared by every test that talks to
 * Silkway over HTTP (see {@link OnSilkway}), because a Payara Micro start costs 20 to 40 s.
 */
public final class SilkwayServer implements AutoCloseable {

  private static final Duration STARTUP_LIMIT = Duration.ofMinutes(5);

  /** What the shared server answered before it was ready; see {@link #answersBeforeReady()}. */
  private static final List<String> ANSWERS_BEFORE_READY = new CopyOnWriteArrayList<>();

  private final Process process;
  private final Path log;
  private final URL base;

  private SilkwayServer(Process process, Path log, URL base) {
    this.process = process;
    this.log = log;
    this.base = base;
  }

  /** Where Silkway answers: {@code http://localhost:PORT/}. */
  public URL base() {
    return base;
  }

  /**
   * Where the shared server of this test JVM writes its log (Payara Micro's console, which holds
   * everything Silkway and the server log), for tests that check what a fault writes there.
   */
  public static Path log() {
    Path work = Path.of(System.getProperty("silkway.test.work", "target/it-work"));
    return work.resolve("silkway-" + TestDatabase.name() + ".log").toAbsolutePath();
  }

  /**
   * Every HTTP answer the servers of this test JVM (the shared one, and a cluster's nodes) gave
   * while they started, as "STATUS PATH", polled every 250 ms on {@code /health/ready} and on a
   * reader's page ({@code /briefs}) until ready. A refused connection is not an answer and is not
   * listed. Empty before a server has started.
   */
  public static List<String> answersBeforeReady() {
    return List.copyOf(ANSWERS_BEFORE_READY);
  }

  static SilkwayServer start() {
    return start(
        log(),
        TestDatabase.microJvmOptions(TestDatabase.SHARED),
        List.of("--nocluster"),
        STARTUP_LIMIT);
  }

  /**
   * Starts the built WAR on a Payara Micro of its own, as the operator's commands do, and waits
   * until it is ready.
   *
   * @param log where Payara Micro's console goes
   * @param jvmOptions the database and other {@code -D} options
   * @param microOptions Payara Micro's own options besides port, root directory, context root,
   *     post-boot file and deployment ({@code --nocluster}, or the cluster's)
   * @param limit how long it may take to be ready
   */
  public static SilkwayServer start(
      Path log, List<String> jvmOptions, List<String> microOptions, Duration limit) {
    SilkwayServer server = launch(log, jvmOptions, microOptions);
    server.awaitReady(limit);
    return server;
  }

  /** As {@link #start}, without waiting: for nodes that must start together. */
  public static SilkwayServer launch(Path log, List<String> jvmOptions, List<String> microOptions) {
    try {
      int port = freePort();
      Path work = Path.of(System.getProperty("silkway.test.work", "target/it-work"));
      Path root = Files.createDirectories(work).resolve("micro-" + port).toAbsolutePath();
      List<String> command = new ArrayList<>(List.of(javaExecutable()));
      command.addAll(jvmOptions);
      command.addAll(List.of("-jar", property("payara.microJar")));
      command.addAll(microOptions);
      command.addAll(
          List.of(
              "--port",
              String.valueOf(port),
              "--rootdir",
              root.toString(),
              "--contextroot",
              "/",
              "--prebootcommandfile",
              operatorFile("pre-boot.asadmin"),
              "--postbootcommandfile",
              operatorFile("post-boot.asadmin"),
              "--postdeploycommandfile",
              operatorFile("post-deploy.asadmin"),
              "--addlibs",
              property("silkway.test.microLibs"),
              "--deploy",
              property("silkway.test.microWar")));
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      return new SilkwayServer(process, log, URI.create("http://localhost:" + port + "/").toURL());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start Payara Micro", e);
    }
  }

  /** Where this server writes its console. */
  public Path logFile() {
    return log;
  }

  /** Ends the server at once, as a crash or a pulled plug would: no shutdown of any kind. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits until Silkway answers ready; closes the server and fails when it does not in time. */
  public void awaitReady(Duration limit) {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro exited during start-up; see " + log);
      }
      HttpResponse<String> ready = answer(client, "health/ready");
      if (ready != null && ready.statusCode() == 200 && ready.body().contains("\"database\"")) {
        return;
      }
      answer(client, "briefs");
      sleep(250);
    }
    close();
    throw new IllegalStateException("Silkway was not ready within " + limit + "; see " + log);
  }

  /**
   * The answer to a GET of {@code path}, noted in the start-up answers; null while not listening.
   */
  private HttpResponse<String> answer(HttpClient client, String path) {
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create(base.toExternalForm() + path))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      ANSWERS_BEFORE_READY.add(response.statusCode() + " /" + path);
      return response;
    } catch (IOException notListeningYet) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(
          name + " is not set: run the integration tests with mvn verify");
    }
    return value;
  }

  /** One of the operator's Payara Micro command files in {@code config/payara-micro}. */
  private static String operatorFile(String name) {
    return Path.of(property("silkway.test.config"), name).toString();
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A TCP port nothing listens on now, for a server of the tests. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
