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
import org.silkway.core.persistence.SchemaMigrations;

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
      String name = "t" + UUID.randomUUID().toString().replace("-", "");
      Postgres.execute("create database " + name + " template " + Postgres.migrated());
      return Postgres.server().getDatabase("postgres", name);
    }
  };

  /** An empty database of this kind. */
  public abstract DataSource freshDataSource();

  /** One embedded PostgreSQL per test JVM, started on first use. */
  private static final class Postgres {
    /**
     * A database migrated once per JVM, which every fresh one copies: PostgreSQL copies a template
     * in milliseconds, where running every migration again cost each test about half a second. The
     * copy is what the migrations make, so Flyway finds nothing to do in it.
     */
    private static final String MIGRATED = "silkway_migrated";

    private static EmbeddedPostgres server;
    private static boolean migrated;

    static synchronized String migrated() {
      if (!migrated) {
        execute("create database " + MIGRATED);
        SchemaMigrations.migrate(server().getDatabase("postgres", MIGRATED));
        migrated = true;
      }
      return MIGRATED;
    }

    static void execute(String sql) {
      try (Connection c = server().getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

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
