package org.silkway.core.backup;

import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.silkway.core.backup.SchemaTables.Column;

/**
 * One column value from a row into JSON, and from JSON into an insert, the same on H2 and
 * PostgreSQL: integers as JSON numbers, decimals as strings (exact, never a double), dates as
 * {@code 2026-12-03}, moments as ISO offsets in UTC, text as text, SQL null as JSON null.
 */
final class ColumnValues {

  private ColumnValues() {}

  static void write(JsonGenerator json, ResultSet row, int index, Column column)
      throws SQLException {
    switch (column.kind()) {
      case INTEGER -> {
        long value = row.getLong(index);
        if (row.wasNull()) {
          json.writeNull();
        } else {
          json.write(value);
        }
      }
      case DECIMAL -> {
        BigDecimal value = row.getBigDecimal(index);
        writeText(json, value == null ? null : value.toPlainString());
      }
      case BOOLEAN -> {
        boolean value = row.getBoolean(index);
        if (row.wasNull()) {
          json.writeNull();
        } else {
          json.write(value);
        }
      }
      case DATE -> {
        LocalDate value = row.getObject(index, LocalDate.class);
        writeText(json, value == null ? null : value.toString());
      }
      case TIMESTAMP_WITH_TIME_ZONE -> {
        OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
        writeText(
            json, value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC).toString());
      }
      case TEXT -> writeText(json, row.getString(index));
    }
  }

  private static void writeText(JsonGenerator json, String value) {
    if (value == null) {
      json.writeNull();
    } else {
      json.write(value);
    }
  }

  /**
   * Binds the value the parser has just read (its {@code event}) as parameter {@code index}.
   *
   * @throws IllegalArgumentException when the value cannot be one of this column's
   */
  static void bind(
      PreparedStatement insert, int index, Column column, JsonParser.Event event, JsonParser json)
      throws SQLException {
    if (event == JsonParser.Event.VALUE_NULL) {
      insert.setNull(index, column.sqlType());
      return;
    }
    switch (column.kind()) {
      case INTEGER ->
          insert.setLong(
              index, expect(event, JsonParser.Event.VALUE_NUMBER, column, json).getLong());
      case DECIMAL -> insert.setBigDecimal(index, new BigDecimal(text(event, column, json)));
      case BOOLEAN -> {
        if (event != JsonParser.Event.VALUE_TRUE && event != JsonParser.Event.VALUE_FALSE) {
          throw wrong(column);
        }
        insert.setBoolean(index, event == JsonParser.Event.VALUE_TRUE);
      }
      case DATE -> insert.setObject(index, LocalDate.parse(text(event, column, json)));
      case TIMESTAMP_WITH_TIME_ZONE ->
          insert.setObject(index, OffsetDateTime.parse(text(event, column, json)));
      case TEXT -> insert.setString(index, text(event, column, json));
    }
  }

  private static String text(JsonParser.Event event, Column column, JsonParser json) {
    return expect(event, JsonParser.Event.VALUE_STRING, column, json).getString();
  }

  private static JsonParser expect(
      JsonParser.Event event, JsonParser.Event expected, Column column, JsonParser json) {
    if (event != expected) {
      throw wrong(column);
    }
    return json;
  }

  private static IllegalArgumentException wrong(Column column) {
    return new IllegalArgumentException(
        "a value of column " + column.name() + " is not a " + column.kind());
  }
}
