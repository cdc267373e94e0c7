package org.silkway.web.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A real PostgreSQL, started once per test JVM from the binaries in a jar, stopped at exit. */
final class EmbeddedPostgresServer {

  private static EmbeddedPostgres server;

  private EmbeddedPostgresServer() {}

  /** Starts the server if needed and returns the JDBC URL of its {@code postgres} database. */
  static synchronized String start() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop));
    }
    return server.getJdbcUrl("postgres", "postgres");
  }

  private static synchronized void stop() {
    try {
      server.close();
    } catch (IOException ignored) {
      // The JVM is exiting; the server's directory is temporary.
    }
  }
}
