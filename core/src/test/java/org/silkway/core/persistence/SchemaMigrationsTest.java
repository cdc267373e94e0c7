package org.silkway.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** What the start-up log says of the schema, on a first start and on every start after it. */
class SchemaMigrationsTest {

  @Test
  void a_restart_that_migrates_nothing_names_the_version_the_schema_is_at() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    SchemaMigrations.migrate(h2);
    String version = SchemaMigrations.sharedVersion(h2);

    MigrateResult nothingToDo =
        Flyway.configure(SchemaMigrations.class.getClassLoader()).dataSource(h2).load().migrate();

    assertEquals(0, nothingToDo.migrationsExecuted);
    assertEquals(
        "Schema at version " + version + " after 0 migration(s), on H2 2.2.224",
        SchemaMigrations.outcome(nothingToDo, "H2 2.2.224"));
  }
}
