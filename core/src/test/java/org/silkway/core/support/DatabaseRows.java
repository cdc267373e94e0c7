package org.silkway.core.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Every row of every table of a database, as text, for comparing two databases: read through the
 * information schema and {@code select *}, independently of the backup code it checks. Rows are
 * sorted, so that the order a database returns them in does not matter; moments compare as instants
 * and decimals by value, since H2 and PostgreSQL return them with different offsets and scales.
 */
public final class DatabaseRows {

  private DatabaseRows() {}

  /** Table name (lowercase) to its sorted rows, each row {@code column=value} in column order. */
  public static Map<String, List<String>> of(DataSource dataSource) {
    Map<String, List<String>> tables = new TreeMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      // As the database spells them: H2 keeps Flyway's table in lowercase, the others in uppercase.
      List<String> names = new ArrayList<>();
      try (ResultSet rs =
          statement.executeQuery(
              "select table_name from information_schema.tables"
                  + " where table_schema = current_schema and table_type = 'BASE TABLE'")) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      for (String name : names) {
        tables.put(name.toLowerCase(Locale.ROOT), rows(statement, name));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return tables;
  }

  /**
   * How many rows PostgreSQL's planner believes the table holds: -1 until the table is first
   * analysed, then what the last {@code ANALYZE} (or autovacuum) counted.
   */
  public static long plannerEstimate(DataSource postgresql, String table) {
    try (Connection connection = postgresql.getConnection();
        var query =
            connection.prepareStatement(
                "select reltuples::bigint from pg_class where relname = ?")) {
      query.setString(1, table);
      try (ResultSet rs = query.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("No table " + table);
        }
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> rows(Statement statement, String table) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet rs = statement.executeQuery("select * from \"" + table + "\"")) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          String column = meta.getColumnName(i).toLowerCase(Locale.ROOT);
          if (column.equals("installed_on") || column.equals("execution_time")) {
            continue; // Flyway's own history differs by when each database was migrated
          }
          row.append(column).append('=').append(text(rs.getObject(i), rs, i)).append("; ");
        }
        rows.add(row.toString());
      }
    }
    rows.sort(null);
    return rows;
  }

  private static String text(Object value, ResultSet rs, int i) throws SQLException {
    if (value == null) {
      return "null";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros().toPlainString();
    }
    String type = rs.getMetaData().getColumnTypeName(i).toLowerCase(Locale.ROOT);
    if (type.contains("timestamptz") || type.contains("time zone")) {
      return rs.getObject(i, OffsetDateTime.class).toInstant().toString();
    }
    if (value instanceof Number number) {
      return Long.toString(number.longValue());
    }
    return value.toString();
  }
}
