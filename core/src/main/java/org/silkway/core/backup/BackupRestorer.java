package org.silkway.core.backup;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.silkway.core.backup.SchemaTables.Column;
import org.silkway.core.backup.SchemaTables.Table;
import org.silkway.core.persistence.PlannerStatistics;
import org.silkway.core.user.PasswordHash;

/**
 * Puts a backup's rows back into an empty database of the same schema version, in one transaction
 * under the lock that imports and the seed take ({@code register_lock}), so that of servers
 * starting together on one empty database one restores and the others find it full. Every row keeps
 * its id; identity columns then restart after the highest, so that new rows get new ids.
 */
final class BackupRestorer {

  /**
   * Filled by a migration (one row, number 0): a restore replaces its row, and it is empty at 0.
   */
  private static final String PUBLICATION_COUNTER = "publication_counter";

  private static final int BATCH = 500;

  private BackupRestorer() {}

  static RestoredBackup restore(Connection connection, Path file, String schemaVersion)
      throws SQLException {
    // First, before the file: a database in use is refused as such whatever the file is, so that a
    // setting left behind never stops a server that runs on its restored register. Asked again
    // under the lock below, since another server may be filling it meanwhile.
    if (!isEmpty(connection, SchemaTables.of(connection))) {
      throw RestoreRefusedException.notEmpty();
    }
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (java.util.zip.ZipException e) {
      throw RestoreRefusedException.notABackup("it is not a zip file, or a damaged one", e);
    } catch (IOException e) {
      throw RestoreRefusedException.unreadable(file.toString(), e);
    }
    try (zip) {
      BackupManifest manifest = manifest(zip);
      if (!manifest.schemaVersion().equals(schemaVersion)) {
        throw RestoreRefusedException.otherSchema(manifest.schemaVersion(), schemaVersion);
      }
      List<Table> tables = SchemaTables.of(connection);
      Set<String> ours =
          tables.stream().map(Table::name).collect(Collectors.toCollection(TreeSet::new));
      if (!ours.equals(new TreeSet<>(manifest.rowsPerTable().keySet()))) {
        throw RestoreRefusedException.notABackup(
            "its tables "
                + new TreeSet<>(manifest.rowsPerTable().keySet())
                + " are not this schema's "
                + ours);
      }
      return inOneTransaction(connection, zip, manifest, tables);
    } catch (IOException e) {
      throw RestoreRefusedException.unreadable(file.toString(), e);
    }
  }

  private static BackupManifest manifest(ZipFile zip) throws IOException {
    ZipEntry entry = zip.getEntry(BackupManifest.FILE);
    if (entry == null) {
      throw RestoreRefusedException.notABackup("it has no " + BackupManifest.FILE);
    }
    try (InputStream in = zip.getInputStream(entry)) {
      return BackupManifest.readFrom(in);
    }
  }

  private static RestoredBackup inOneTransaction(
      Connection connection, ZipFile zip, BackupManifest manifest, List<Table> tables)
      throws SQLException, IOException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      lock(connection);
      if (!isEmpty(connection, tables)) {
        throw RestoreRefusedException.notEmpty();
      }
      try (Statement counter = connection.createStatement()) {
        counter.executeUpdate("delete from " + PUBLICATION_COUNTER);
      }
      Map<String, Long> restored = new LinkedHashMap<>();
      for (Table table : tables) {
        long rows = restoreTable(connection, zip, table, manifest.passwordHashes());
        long expected = manifest.rowsPerTable().get(table.name());
        if (rows != expected) {
          throw RestoreRefusedException.notABackup(
              table.name() + " holds " + rows + " rows where its manifest says " + expected);
        }
        restored.put(table.name(), rows);
      }
      // On H2 the first ALTER TABLE commits what is inserted (H2 commits before DDL), so these come
      // last, when every row is in; on PostgreSQL they are part of the transaction.
      for (Table table : tables) {
        restartIdentity(connection, table);
      }
      PlannerStatistics.refresh(connection);
      connection.commit();
      return new RestoredBackup(
          manifest.schemaVersion(),
          manifest.database(),
          manifest.createdAt(),
          manifest.passwordHashes(),
          restored);
    } catch (SQLException | RuntimeException | IOException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static void lock(Connection connection) {
    try (Statement lock = connection.createStatement();
        ResultSet row = lock.executeQuery("select id from register_lock where id = 1 for update")) {
      row.next();
    } catch (SQLException e) {
      // H2 gives up waiting after a second: another server holds the lock and is filling it.
      throw RestoreRefusedException.anotherRestoreRuns(e);
    }
  }

  private static boolean isEmpty(Connection connection, List<Table> tables) throws SQLException {
    for (Table table : tables) {
      String count =
          PUBLICATION_COUNTER.equals(table.name())
              ? "select count(*) from " + PUBLICATION_COUNTER + " where current_number <> 0"
              : "select count(*) from " + table.name();
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(count)) {
        rows.next();
        if (rows.getLong(1) > 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static long restoreTable(
      Connection connection, ZipFile zip, Table table, boolean passwordHashes)
      throws SQLException, IOException {
    ZipEntry entry = zip.getEntry(BackupManifest.fileOf(table.name()));
    if (entry == null) {
      throw RestoreRefusedException.notABackup("it has no " + BackupManifest.fileOf(table.name()));
    }
    try (InputStream in = zip.getInputStream(entry);
        JsonParser json = Json.createParser(in)) {
      return new TableRows(connection, table, passwordHashes, json).restore();
    } catch (JsonException
        | IllegalArgumentException
        | IllegalStateException
        | java.time.DateTimeException
        | java.util.NoSuchElementException e) {
      // Broken JSON, a value of the wrong kind, a file that ends early: not what a backup writes.
      throw RestoreRefusedException.notABackup(
          BackupManifest.fileOf(table.name()) + " cannot be read: " + e.getMessage(), e);
    } catch (java.sql.BatchUpdateException e) {
      throw RestoreRefusedException.doesNotFit(
          "the rows of " + table.name() + " break a rule of the schema", e);
    }
  }

  private static void restartIdentity(Connection connection, Table table) throws SQLException {
    if (table.identity().isEmpty()) {
      return;
    }
    String column = table.identity().get().name();
    long highest;
    try (Statement statement = connection.createStatement();
        ResultSet max = statement.executeQuery("select max(" + column + ") from " + table.name())) {
      max.next();
      highest = max.getLong(1);
      if (max.wasNull()) {
        return;
      }
    }
    // The same statement on H2 and PostgreSQL for a "generated by default as identity" column.
    try (Statement restart = connection.createStatement()) {
      restart.execute(
          "alter table "
              + table.name()
              + " alter column "
              + column
              + " restart with "
              + (highest + 1));
    }
  }

  /** One table file read as a stream and inserted in batches. */
  private static final class TableRows {

    private final Connection connection;
    private final Table table;
    private final boolean passwordHashes;
    private final JsonParser json;
    private final List<Reference> selfReferences = new ArrayList<>();

    /** Row {@code id} refers, in {@code column}, to row {@code target} of the same table. */
    private record Reference(String column, long id, long target) {}

    TableRows(Connection connection, Table table, boolean passwordHashes, JsonParser json) {
      this.connection = connection;
      this.table = table;
      this.passwordHashes = passwordHashes;
      this.json = json;
    }

    long restore() throws SQLException {
      expect(Event.START_OBJECT);
      key("table");
      expect(Event.VALUE_STRING);
      if (!table.name().equals(json.getString())) {
        throw new IllegalArgumentException("it holds table " + json.getString());
      }
      key("columns");
      List<Column> columns = columns();
      key("rows");
      expect(Event.START_ARRAY);
      long rows = insertRows(columns);
      expect(Event.END_OBJECT);
      setSelfReferences();
      return rows;
    }

    private List<Column> columns() {
      expect(Event.START_ARRAY);
      List<Column> columns = new ArrayList<>();
      for (Event event = json.next(); event != Event.END_ARRAY; event = json.next()) {
        if (event != Event.VALUE_STRING) {
          throw new IllegalArgumentException("a column name is not a string");
        }
        String name = json.getString();
        columns.add(
            table
                .column(name)
                .orElseThrow(() -> new IllegalArgumentException("there is no column " + name)));
      }
      List<String> missing =
          table.columns().stream()
              .filter(c -> !columns.contains(c))
              .filter(c -> passwordHashes || !BackupWriter.isPasswordHash(table, c))
              .map(Column::name)
              .toList();
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException("it lacks the columns " + missing);
      }
      return columns;
    }

    private long insertRows(List<Column> columns) throws SQLException {
      List<String> names = new ArrayList<>(columns.stream().map(Column::name).toList());
      boolean noHashes =
          table.columns().stream()
              .anyMatch(c -> BackupWriter.isPasswordHash(table, c) && !columns.contains(c));
      if (noHashes) {
        names.add(BackupWriter.PASSWORD_HASH);
      }
      String insert =
          "insert into "
              + table.name()
              + " ("
              + String.join(", ", names)
              + ") values ("
              + names.stream().map(n -> "?").collect(Collectors.joining(", "))
              + ")";
      int key = selfReferenceKey(columns);
      long rows = 0;
      try (PreparedStatement statement = connection.prepareStatement(insert)) {
        for (Event event = json.next(); event != Event.END_ARRAY; event = json.next()) {
          if (event != Event.START_ARRAY) {
            throw new IllegalArgumentException("a row is not a list of values");
          }
          long id = 0;
          for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Event value = json.next();
            if (i == key) {
              id = json.getLong();
            }
            if (table.selfReferences().contains(column.name())
                && key >= 0
                && value == Event.VALUE_NUMBER) {
              // Set once every row of the table is in: the row it names may come later.
              selfReferences.add(new Reference(column.name(), id, json.getLong()));
              statement.setNull(i + 1, column.sqlType());
            } else {
              ColumnValues.bind(statement, i + 1, column, value, json);
            }
          }
          if (noHashes) {
            statement.setString(names.size(), PasswordHash.NONE);
          }
          expect(Event.END_ARRAY);
          statement.addBatch();
          if (++rows % BATCH == 0) {
            statement.executeBatch();
          }
        }
        statement.executeBatch();
      }
      return rows;
    }

    /**
     * The position of the one-column integer primary key, which self-references are set by; -1 when
     * there is none. It must come before the referring columns, as the migrations write it.
     */
    private int selfReferenceKey(List<Column> columns) {
      if (table.selfReferences().isEmpty() || table.primaryKey().size() != 1) {
        return -1;
      }
      String key = table.primaryKey().get(0);
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).name().equals(key)) {
          boolean firstBeforeReferences =
              columns.subList(0, i).stream()
                  .noneMatch(c -> table.selfReferences().contains(c.name()));
          return firstBeforeReferences ? i : -1;
        }
      }
      return -1;
    }

    private void setSelfReferences() throws SQLException {
      String key = table.primaryKey().isEmpty() ? null : table.primaryKey().get(0);
      Map<String, List<Reference>> byColumn =
          selfReferences.stream().collect(Collectors.groupingBy(Reference::column));
      for (Map.Entry<String, List<Reference>> column : byColumn.entrySet()) {
        try (PreparedStatement update =
            connection.prepareStatement(
                "update "
                    + table.name()
                    + " set "
                    + column.getKey()
                    + " = ? where "
                    + key
                    + " = ?")) {
          int pending = 0;
          for (Reference reference : column.getValue()) {
            update.setLong(1, reference.target());
            update.setLong(2, reference.id());
            update.addBatch();
            if (++pending % BATCH == 0) {
              update.executeBatch();
            }
          }
          update.executeBatch();
        }
      }
    }

    private void key(String name) {
      expect(Event.KEY_NAME);
      if (!name.equals(json.getString())) {
        throw new IllegalArgumentException(
            "expected \"" + name + "\", found \"" + json.getString() + "\"");
      }
    }

    private void expect(Event expected) {
      Event event = json.next();
      if (event != expected) {
        throw new IllegalArgumentException("expected " + expected + ", found " + event);
      }
    }
  }
}
