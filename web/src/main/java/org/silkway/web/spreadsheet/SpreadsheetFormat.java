package org.silkway.web.spreadsheet;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import org.silkway.core.entry.EntryType;
import org.silkway.core.spreadsheet.SpreadsheetReader;

/** The two formats of a spreadsheet Silkway takes and gives: an XLSX workbook, or CSV. */
public enum SpreadsheetFormat {
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  CSV("csv", "text/csv");

  /**
   * 20 MB: an XLSX of 10,000 rows of a desk's list is under 1 MB, so this is room for lists far
   * longer than the row limit takes, and still a size the server reads into memory at once.
   */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private final String extension;
  private final String mediaType;

  SpreadsheetFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public static Optional<SpreadsheetFormat> ofExtension(String extension) {
    for (SpreadsheetFormat format : values()) {
      if (format.extension.equalsIgnoreCase(extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** The format a file name says: {@code list.xlsx}, {@code project.CSV}. */
  public static Optional<SpreadsheetFormat> ofFileName(String name) {
    int dot = name == null ? -1 : name.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : ofExtension(name.substring(dot + 1));
  }

  public static Optional<SpreadsheetFormat> ofMediaType(MediaType type) {
    if (type == null) {
      return Optional.empty();
    }
    // Exactly the type, whatever its parameters: a wildcard (text/*) names no format.
    String essence = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
    for (SpreadsheetFormat format : values()) {
      if (format.mediaType.equals(essence)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * The entry type a CSV file's name holds as a word, as the templates are named: {@code
   * silkway-project.csv}, {@code project (2).csv}; not {@code projects.csv}, which is no type's.
   */
  public static Optional<EntryType> typeOfFileName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (EntryType type : EntryType.values()) {
      if (java.util.regex.Pattern.compile("(^|[^a-z])" + type.slug() + "([^a-z]|$)")
          .matcher(lower)
          .find()) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** Reads the file's rows; a CSV file is the sheet of {@code csvType}. */
  public SpreadsheetReader.Read read(byte[] file, EntryType csvType) {
    return switch (this) {
      case XLSX -> SpreadsheetReader.xlsx(new ByteArrayInputStream(file));
      case CSV -> SpreadsheetReader.csv(new ByteArrayInputStream(file), csvType);
    };
  }
}
