package org.silkway.core.backup;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.silkway.core.backup.SchemaTables.Column;
import org.silkway.core.backup.SchemaTables.Table;

/**
 * Writes every table of the register to a zip, a row at a time, so that memory does not grow with
 * the register: {@code tables/<table>.json} ({@code {"table", "columns", "rows": [[...], ...]}})
 * per table in foreign-key order, then the {@link BackupManifest}. The caller gives a connection in
 * a transaction that sees one state of the database throughout.
 */
final class BackupWriter {

  /** The one column left out unless the operator asks for it. */
  static final String USERS = "app_user";

  static final String PASSWORD_HASH = "password_hash";

  /** Rows fetched at a time; PostgreSQL would otherwise read a whole table into memory. */
  private static final int FETCH_SIZE = 500;

  private BackupWriter() {}

  static BackupManifest write(
      Connection connection,
      OutputStream out,
      boolean passwordHashes,
      String schemaVersion,
      Instant now)
      throws SQLException, IOException {
    List<Table> tables = SchemaTables.of(connection);
    Map<String, Long> rows = new LinkedHashMap<>();
    ZipOutputStream zip = new ZipOutputStream(out);
    for (Table table : tables) {
      List<Column> columns =
          table.columns().stream()
              .filter(c -> passwordHashes || !isPasswordHash(table, c))
              .toList();
      zip.putNextEntry(new ZipEntry(BackupManifest.fileOf(table.name())));
      rows.put(table.name(), writeTable(connection, table, columns, zip));
      zip.closeEntry();
    }
    BackupManifest manifest =
        new BackupManifest(
            schemaVersion,
            connection.getMetaData().getDatabaseProductName(),
            now,
            passwordHashes,
            rows);
    zip.putNextEntry(new ZipEntry(BackupManifest.FILE));
    manifest.writeTo(zip);
    zip.closeEntry();
    zip.finish();
    zip.flush();
    return manifest;
  }

  static boolean isPasswordHash(Table table, Column column) {
    return USERS.equals(table.name()) && PASSWORD_HASH.equals(column.name());
  }

  private static long writeTable(
      Connection connection, Table table, List<Column> columns, OutputStream out)
      throws SQLException {
    // Names come from the database's own metadata, never from a request.
    String select =
        "select "
            + columns.stream().map(Column::name).collect(Collectors.joining(", "))
            + " from "
            + table.name()
            + (table.primaryKey().isEmpty()
                ? ""
                : " order by " + String.join(", ", table.primaryKey()));
    long count = 0;
    try (JsonGenerator json = Json.createGenerator(new KeepOpen(out));
        PreparedStatement statement = connection.prepareStatement(select)) {
      statement.setFetchSize(FETCH_SIZE);
      json.writeStartObject();
      json.write("table", table.name());
      json.writeStartArray("columns");
      columns.forEach(c -> json.write(c.name()));
      json.writeEnd();
      json.writeStartArray("rows");
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          json.writeStartArray();
          for (int i = 0; i < columns.size(); i++) {
            ColumnValues.write(json, row, i + 1, columns.get(i));
          }
          json.writeEnd();
          count++;
        }
      }
      json.writeEnd();
      json.writeEnd();
    }
    return count;
  }
}
