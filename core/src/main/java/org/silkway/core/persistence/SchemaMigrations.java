package org.silkway.core.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the migrations in {@code db/migration}, and on PostgreSQL those
 * in {@code db/postgresql} too (what only PostgreSQL has, such as trigram indexes; their versions
 * are numbers the shared migrations skip). Flyway owns the schema: Hibernate never creates or
 * alters a table.
 */
public final class SchemaMigrations {

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  private SchemaMigrations() {}

  /** Applies every pending migration and returns how many ran. */
  public static int migrate(DataSource dataSource) {
    String database = databaseOf(dataSource);
    Flyway flyway =
        Flyway.configure(SchemaMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations(locationsFor(database))
            .load();
    MigrateResult result = flyway.migrate();
    LOG.info(() -> outcome(result, database));
    return result.migrationsExecuted;
  }

  /**
   * What the start-up log says of a migration: "Schema at version 12 after 0 migration(s), on
   * PostgreSQL 16.4", so that an operator (and the test suite) sees which database a server runs
   * on. When nothing ran, Flyway has no target version: the schema stays at the version it was at.
   */
  static String outcome(MigrateResult result, String database) {
    String version =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion;
    return "Schema at version "
        + version
        + " after "
        + result.migrationsExecuted
        + " migration(s), on "
        + database;
  }

  /**
   * The version of the shared migrations ({@code db/migration}) that the schema is at, such as
   * {@code 10.2}. PostgreSQL's own migrations are left out because they add indexes only: the same
   * version means the same tables and columns on H2 and PostgreSQL, which is what a backup needs to
   * be restored on either (core.backup).
   */
  public static String sharedVersion(DataSource dataSource) {
    Flyway shared =
        Flyway.configure(SchemaMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load();
    // A PostgreSQL-only migration is applied but not found in db/migration: not resolved.
    return Arrays.stream(shared.info().applied())
        .filter(m -> m.getState().isResolved() && m.getVersion() != null)
        .map(MigrationInfo::getVersion)
        .max(Comparator.naturalOrder())
        .map(MigrationVersion::getVersion)
        .orElseThrow(() -> new IllegalStateException("The schema has not been migrated"));
  }

  private static String[] locationsFor(String database) {
    return database.startsWith("PostgreSQL ")
        ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
        : new String[] {"classpath:db/migration"};
  }

  /**
   * The database's product name and version, such as "PostgreSQL 16.4" or "H2 2.2.224
   * (2023-09-17)".
   */
  private static String databaseOf(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      return metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell which database the register is on", e);
    }
  }
}
