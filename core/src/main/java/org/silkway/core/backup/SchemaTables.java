package org.silkway.core.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables a backup holds, as the database describes them (JDBC metadata), in foreign-key order:
 * every table after the tables it refers to, so that rows are inserted in that order. Read from the
 * database rather than listed here, so that a migration that adds a table or a column is backed up
 * without a change to this package. Names are lowercase, as the migrations write them; H2 keeps
 * unquoted names in uppercase and PostgreSQL in lowercase, and both fold an unquoted name in SQL.
 */
final class SchemaTables {

  /**
   * Tables that are not the register's data: Flyway's own history (the target database has its own,
   * at the same version), the one row imports lock (a migration inserts it) and the counts of wrong
   * passwords (forgotten after an hour anyway, and a restore is no time to lock anyone out).
   */
  static final Set<String> LEFT_OUT =
      Set.of("flyway_schema_history", "register_lock", "sign_in_attempt");

  /** How a column's values travel in the JSON files. */
  enum Kind {
    INTEGER,
    DECIMAL,
    BOOLEAN,
    DATE,
    TIMESTAMP_WITH_TIME_ZONE,
    TEXT
  }

  record Column(String name, Kind kind, int sqlType, boolean identity) {}

  /**
   * A table, its columns in their order, its primary key, and the columns that refer to its own
   * primary key (a claim that replaces another): those are set once every row is in.
   */
  record Table(
      String name, List<Column> columns, List<String> primaryKey, List<String> selfReferences) {

    Optional<Column> identity() {
      return columns.stream().filter(Column::identity).findFirst();
    }

    Optional<Column> column(String name) {
      return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
  }

  private SchemaTables() {}

  /** Every table of the current schema but those {@link #LEFT_OUT}, in foreign-key order. */
  static List<Table> of(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String catalog = connection.getCatalog();
    String schema = connection.getSchema();
    Map<String, String> actualNames = new TreeMap<>();
    try (ResultSet tables = meta.getTables(catalog, schema, "%", null)) {
      while (tables.next()) {
        String type = tables.getString("TABLE_TYPE");
        String name = tables.getString("TABLE_NAME");
        if (("TABLE".equals(type) || "BASE TABLE".equals(type))
            && !LEFT_OUT.contains(lower(name))) {
          actualNames.put(lower(name), name);
        }
      }
    }
    Map<String, Set<String>> refersTo = new TreeMap<>();
    Map<String, Table> byName = new LinkedHashMap<>();
    for (Map.Entry<String, String> named : actualNames.entrySet()) {
      String name = named.getKey();
      String actual = named.getValue();
      Set<String> parents = new TreeSet<>();
      List<String> selfReferences = new ArrayList<>();
      try (ResultSet keys = meta.getImportedKeys(catalog, schema, actual)) {
        while (keys.next()) {
          String parent = lower(keys.getString("PKTABLE_NAME"));
          if (parent.equals(name)) {
            selfReferences.add(lower(keys.getString("FKCOLUMN_NAME")));
          } else {
            parents.add(parent);
          }
        }
      }
      refersTo.put(name, parents);
      byName.put(
          name,
          new Table(
              name,
              columns(meta, catalog, schema, actual),
              primaryKey(meta, catalog, schema, actual),
              List.copyOf(selfReferences)));
    }
    return inForeignKeyOrder(byName, refersTo);
  }

  private static List<Table> inForeignKeyOrder(
      Map<String, Table> byName, Map<String, Set<String>> refersTo) {
    List<Table> ordered = new ArrayList<>();
    Set<String> placed = new TreeSet<>();
    while (ordered.size() < byName.size()) {
      boolean progress = false;
      // Alphabetical among the tables whose parents are placed, so that the order never varies.
      for (String name : byName.keySet()) {
        if (!placed.contains(name) && placed.containsAll(refersTo.get(name))) {
          ordered.add(byName.get(name));
          placed.add(name);
          progress = true;
        }
      }
      if (!progress) {
        throw new IllegalStateException(
            "The tables refer to each other in a cycle; no order restores them: " + refersTo);
      }
    }
    return Collections.unmodifiableList(ordered);
  }

  private static List<Column> columns(
      DatabaseMetaData meta, String catalog, String schema, String table) throws SQLException {
    Map<Integer, Column> byPosition = new TreeMap<>();
    try (ResultSet columns = meta.getColumns(catalog, schema, table, "%")) {
      while (columns.next()) {
        String name = lower(columns.getString("COLUMN_NAME"));
        int sqlType = columns.getInt("DATA_TYPE");
        String typeName = columns.getString("TYPE_NAME");
        boolean identity = "YES".equals(columns.getString("IS_AUTOINCREMENT"));
        byPosition.put(
            columns.getInt("ORDINAL_POSITION"),
            new Column(
                name, kindOf(lower(table) + "." + name, sqlType, typeName), sqlType, identity));
      }
    }
    return List.copyOf(byPosition.values());
  }

  private static List<String> primaryKey(
      DatabaseMetaData meta, String catalog, String schema, String table) throws SQLException {
    Map<Integer, String> bySequence = new TreeMap<>();
    try (ResultSet keys = meta.getPrimaryKeys(catalog, schema, table)) {
      while (keys.next()) {
        bySequence.put(keys.getInt("KEY_SEQ"), lower(keys.getString("COLUMN_NAME")));
      }
    }
    return List.copyOf(bySequence.values());
  }

  /**
   * The column types Silkway's migrations use. Another type fails the backup loudly, rather than
   * writing something a restore would read back differently: a new migration that brings one needs
   * a line here, and the round-trip test shows it.
   */
  private static Kind kindOf(String column, int sqlType, String typeName) {
    String type = typeName == null ? "" : lower(typeName);
    return switch (sqlType) {
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
      case Types.NUMERIC, Types.DECIMAL -> Kind.DECIMAL;
      case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
      case Types.DATE -> Kind.DATE;
      case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP_WITH_TIME_ZONE;
        // PostgreSQL's driver calls timestamptz a TIMESTAMP and tells them apart by its name.
      case Types.TIMESTAMP -> {
        if (type.equals("timestamptz") || type.contains("time zone")) {
          yield Kind.TIMESTAMP_WITH_TIME_ZONE;
        }
        throw unsupported(column, typeName);
      }
      case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.CLOB -> Kind.TEXT;
      default -> throw unsupported(column, typeName);
    };
  }

  private static IllegalStateException unsupported(String column, String typeName) {
    return new IllegalStateException(
        "Column " + column + " is of type " + typeName + ", which backups do not carry yet");
  }

  static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
