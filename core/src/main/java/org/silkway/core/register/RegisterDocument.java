package org.silkway.core.register;

import java.util.List;
import java.util.Map;

/** The register as plain data, field for field as the JSON document has it. Null means absent. */
public record RegisterDocument(List<SourceRecord> sources, List<EntryRecord> entries) {

  public static final String FORMAT = "silkway-register";
  public static final int VERSION = 1;

  public record SourceRecord(
      String key,
      String kind,
      String title,
      String outlet,
      String author,
      TimeRecord published,
      String publishedNote,
      String url,
      String language,
      String retrieved,
      String file) {}

  public record EntryRecord(
      String key,
      String type,
      String status,
      Map<String, String> names,
      Map<String, String> attributes,
      List<ClaimRecord> claims) {}

  public record ClaimRecord(
      String key,
      String property,
      ValueRecord value,
      TimeRecord when,
      String asStated,
      String kind,
      boolean preferred,
      List<String> derivedFrom,
      String note,
      List<CitationRecord> citations,
      Map<String, String> translations) {

    /** A claim as the format had it before translations: none. */
    public ClaimRecord(
        String key,
        String property,
        ValueRecord value,
        TimeRecord when,
        String asStated,
        String kind,
        boolean preferred,
        List<String> derivedFrom,
        String note,
        List<CitationRecord> citations) {
      this(
          key,
          property,
          value,
          when,
          asStated,
          kind,
          preferred,
          derivedFrom,
          note,
          citations,
          Map.of());
    }

    public ClaimRecord {
      translations = translations == null ? Map.of() : Map.copyOf(translations);
    }
  }

  /** Exactly one of the fields (or amount with unit and bound) is set. */
  public record ValueRecord(
      String text,
      String entry,
      String amount,
      String unit,
      String bound,
      TimeRecord time,
      String code) {}

  public record TimeRecord(String start, String end, String precision) {}

  public record CitationRecord(String source, String excerpt) {}
}
