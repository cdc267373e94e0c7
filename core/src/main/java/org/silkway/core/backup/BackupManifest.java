package org.silkway.core.backup;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a backup says about itself, in {@value #FILE} at the top of the zip: that it is a Silkway
 * backup, of which schema version, from which database and when, whether it holds password hashes,
 * and how many rows each table file holds (so that a file cut short is noticed). Written after the
 * tables, since only then are the counts known; a restore reads it first.
 */
record BackupManifest(
    String schemaVersion,
    String database,
    Instant createdAt,
    boolean passwordHashes,
    Map<String, Long> rowsPerTable) {

  static final String FILE = "manifest.json";
  static final String FORMAT = "silkway-backup";
  static final int FORMAT_VERSION = 1;

  /** Where a table's rows are in the zip. */
  static String fileOf(String table) {
    return "tables/" + table + ".json";
  }

  void writeTo(OutputStream out) {
    JsonArrayBuilder tables = Json.createArrayBuilder();
    rowsPerTable.forEach(
        (name, rows) ->
            tables.add(
                Json.createObjectBuilder()
                    .add("name", name)
                    .add("file", fileOf(name))
                    .add("rows", rows)));
    JsonObject manifest =
        Json.createObjectBuilder()
            .add("format", FORMAT)
            .add("formatVersion", FORMAT_VERSION)
            .add("schemaVersion", schemaVersion)
            .add("database", database)
            .add("createdAt", createdAt.toString())
            .add("passwordHashes", passwordHashes)
            .add("tables", tables)
            .build();
    try (JsonWriter writer = Json.createWriter(new KeepOpen(out))) {
      writer.writeObject(manifest);
    }
  }

  /**
   * @throws RestoreRefusedException when it is not a Silkway backup's manifest
   */
  static BackupManifest readFrom(InputStream in) {
    try (JsonReader reader = Json.createReader(in)) {
      JsonObject manifest = reader.readObject();
      if (!FORMAT.equals(manifest.getString("format", null))) {
        throw RestoreRefusedException.notABackup("its manifest does not say it is one");
      }
      if (manifest.getInt("formatVersion", -1) != FORMAT_VERSION) {
        throw RestoreRefusedException.notABackup(
            "it is of another backup format version than " + FORMAT_VERSION);
      }
      Map<String, Long> rows = new LinkedHashMap<>();
      for (JsonValue table : manifest.getJsonArray("tables")) {
        JsonObject t = table.asJsonObject();
        rows.put(t.getString("name"), t.getJsonNumber("rows").longValueExact());
      }
      return new BackupManifest(
          manifest.getString("schemaVersion"),
          manifest.getString("database"),
          Instant.parse(manifest.getString("createdAt")),
          manifest.getBoolean("passwordHashes"),
          rows);
    } catch (JsonException
        | ClassCastException
        | NullPointerException
        | ArithmeticException
        | java.time.format.DateTimeParseException e) {
      throw RestoreRefusedException.notABackup("its manifest cannot be read", e);
    }
  }
}
