package org.silkway.core.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The two databases Silkway runs on, each fresh for a test class. */
public enum TestDatabase {
  H2 {
    @Override
    public DataSource freshDataSource() {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
      return h2;
    }
  },
  POSTGRESQL {
    @Override
    public DataSource freshDataSource() {
      String schema = "t" + UUID.randomUUID().toString().replace("-", "");
      DataSource server = Postgres.server().getPostgresDatabase();
      try (Connection c = server.getConnection();
          Statement s = c.createStatement()) {
        s.execute("create database " + schema);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return Postgres.server().getDatabase("postgres", schema);
    }
  };

  /** An empty database of this kind. */
  public abstract DataSource freshDataSource();

  /** One embedded PostgreSQL per test JVM, started on first use. */
  private static final class Postgres {
    private static EmbeddedPostgres server;

    static synchronized EmbeddedPostgres server() {
      if (server == null) {
        try {
          server = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
          throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        server.close();
                      } catch (IOException ignored) {
                        // exiting anyway
                      }
                    }));
      }
      return server;
    }
  }
}
