package org.silkway.core.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Brings PostgreSQL's planner statistics up to date after Silkway has filled its tables in bulk:
 * the seed, an import, a restore. Until autovacuum gets to them, PostgreSQL plans every query for
 * the empty tables Flyway made, and the brief queries then walk an index once per row: on a freshly
 * seeded register the query for a country's other referrers took 7 ms instead of 0.3 ms
 * (docs/measurements.md). {@code ANALYZE} runs in the caller's transaction, so the statistics
 * become visible with the rows they describe; it samples at most 30,000 rows a table, and only
 * Silkway's schema.
 *
 * <p>Only on PostgreSQL: H2 has no use for it at Silkway's sizes.
 */
public final class PlannerStatistics {

  private PlannerStatistics() {}

  /** After what the entity manager holds is written, in its transaction. */
  public static void refresh(EntityManager em) {
    em.flush();
    em.unwrap(Session.class).doWork(PlannerStatistics::refresh);
  }

  /** On this connection, in its transaction if it has one. */
  public static void refresh(Connection connection) throws SQLException {
    if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("analyze " + String.join(", ", tablesOfSchema(statement)));
    }
  }

  /** Silkway's own tables: a plain {@code analyze} would read every schema of the database. */
  private static List<String> tablesOfSchema(Statement statement) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs =
        statement.executeQuery(
            "select quote_ident(tablename) from pg_tables where schemaname = current_schema()")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }
}
