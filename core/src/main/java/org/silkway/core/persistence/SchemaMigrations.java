package org.silkway.core.persistence;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the migrations in {@code db/migration}. Flyway owns the schema:
 * Hibernate never creates or alters a table.
 */
public final class SchemaMigrations {

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  private SchemaMigrations() {}

  /** Applies every pending migration and returns how many ran. */
  public static int migrate(DataSource dataSource) {
    Flyway flyway =
        Flyway.configure(SchemaMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load();
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " after "
                + result.migrationsExecuted
                + " migration(s)");
    return result.migrationsExecuted;
  }
}
