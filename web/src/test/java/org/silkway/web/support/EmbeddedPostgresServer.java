package org.silkway.web.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL, started once per test JVM from the binaries in a jar, stopped at exit. Its
 * port and data directory are fixed for the JVM, so that a fault test can {@link #stop()} it and
 * {@link #start()} it again as an operator's restart would: same address, same data.
 */
public final class EmbeddedPostgresServer {

  private static EmbeddedPostgres server;
  private static int port;
  private static Path dataDirectory;

  private EmbeddedPostgresServer() {}

  /** Starts the server if it is not running and returns the JDBC URL of its database. */
  public static synchronized String start() {
    if (server == null) {
      boolean first = dataDirectory == null;
      try {
        if (first) {
          port = freePort();
          dataDirectory = Files.createTempDirectory("silkway-pg");
        }
        server =
            EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
      }
      if (first) {
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop));
      }
    }
    return server.getJdbcUrl("postgres", "postgres");
  }

  /**
   * The JDBC URL of a database of that name, created on first use (the server started if need be).
   */
  public static synchronized String database(String name) {
    start();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      ResultSet exists =
          statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
      if (!exists.next()) {
        statement.execute("create database " + name);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the test database " + name, e);
    }
    return server.getJdbcUrl("postgres", name);
  }

  /** Stops the server, keeping its data for the next {@link #start()}. */
  public static synchronized void stop() {
    if (server != null) {
      try {
        server.close();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
      } finally {
        server = null;
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
