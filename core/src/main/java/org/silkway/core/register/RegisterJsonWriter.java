package org.silkway.core.register;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.silkway.core.register.RegisterDocument.CitationRecord;
import org.silkway.core.register.RegisterDocument.ClaimRecord;
import org.silkway.core.register.RegisterDocument.EntryRecord;
import org.silkway.core.register.RegisterDocument.SourceRecord;
import org.silkway.core.register.RegisterDocument.TimeRecord;
import org.silkway.core.register.RegisterDocument.ValueRecord;

/**
 * Writes a register document: pretty-printed, every field present (null when absent), in a fixed
 * order, so that the same register always gives the same bytes and diffs stay readable.
 *
 * <p>It writes each field as it comes, with a {@link JsonGenerator}, instead of building the whole
 * document as a JSON tree first: an entry costs memory only while it is written, and entries may
 * come from an iterator that maps them as they are read. The bytes are those the earlier tree
 * writer gave ({@code RegisterJsonWriterTest} compares them).
 */
public final class RegisterJsonWriter {

  private static final JsonGeneratorFactory PRETTY =
      Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private RegisterJsonWriter() {}

  public static void write(RegisterDocument document, OutputStream out) {
    write(document.sources(), document.entries().iterator(), out);
  }

  /** The document of these sources and entries, each entry written as the iterator gives it. */
  public static void write(
      List<SourceRecord> sources, Iterator<EntryRecord> entries, OutputStream out) {
    try (JsonGenerator g = PRETTY.createGenerator(out, StandardCharsets.UTF_8)) {
      g.writeStartObject();
      g.write("format", RegisterDocument.FORMAT);
      g.write("version", RegisterDocument.VERSION);
      g.writeStartArray("sources");
      sources.forEach(s -> source(g, s));
      g.writeEnd();
      g.writeStartArray("entries");
      while (entries.hasNext()) {
        entry(g, entries.next());
      }
      g.writeEnd();
      g.writeEnd();
    }
  }

  private static void source(JsonGenerator g, SourceRecord s) {
    g.writeStartObject();
    put(g, "key", s.key());
    put(g, "kind", s.kind());
    put(g, "title", s.title());
    put(g, "outlet", s.outlet());
    put(g, "author", s.author());
    time(g, "published", s.published());
    put(g, "publishedNote", s.publishedNote());
    put(g, "url", s.url());
    put(g, "language", s.language());
    put(g, "retrieved", s.retrieved());
    put(g, "file", s.file());
    g.writeEnd();
  }

  private static void entry(JsonGenerator g, EntryRecord e) {
    g.writeStartObject();
    put(g, "key", e.key());
    put(g, "type", e.type());
    put(g, "status", e.status());
    map(g, "names", e.names());
    map(g, "attributes", e.attributes());
    g.writeStartArray("claims");
    e.claims().forEach(c -> claim(g, c));
    g.writeEnd();
    g.writeEnd();
  }

  private static void claim(JsonGenerator g, ClaimRecord c) {
    g.writeStartObject();
    put(g, "key", c.key());
    put(g, "property", c.property());
    value(g, c.value());
    time(g, "when", c.when());
    put(g, "asStated", c.asStated());
    put(g, "kind", c.kind());
    g.write("preferred", c.preferred());
    g.writeStartArray("derivedFrom");
    c.derivedFrom().forEach(g::write);
    g.writeEnd();
    put(g, "note", c.note());
    if (!c.translations().isEmpty()) {
      // Only when there are some, so that a register without translations reads as it always did.
      map(g, "translations", new java.util.TreeMap<>(c.translations()));
    }
    g.writeStartArray("citations");
    for (CitationRecord ci : c.citations()) {
      g.writeStartObject();
      put(g, "source", ci.source());
      put(g, "excerpt", ci.excerpt());
      g.writeEnd();
    }
    g.writeEnd();
    g.writeEnd();
  }

  /** Only the fields of the value's kind, as the format shows them. */
  private static void value(JsonGenerator g, ValueRecord v) {
    g.writeStartObject("value");
    if (v.text() != null) {
      g.write("text", v.text());
    } else if (v.entry() != null) {
      g.write("entry", v.entry());
    } else if (v.amount() != null) {
      g.write("amount", v.amount()).write("unit", v.unit()).write("bound", v.bound());
    } else if (v.time() != null) {
      time(g, "time", v.time());
    } else if (v.code() != null) {
      g.write("code", v.code());
    }
    g.writeEnd();
  }

  private static void time(JsonGenerator g, String name, TimeRecord t) {
    if (t == null) {
      g.writeNull(name);
      return;
    }
    g.writeStartObject(name);
    put(g, "start", t.start());
    put(g, "end", t.end());
    put(g, "precision", t.precision());
    g.writeEnd();
  }

  private static void map(JsonGenerator g, String name, Map<String, String> map) {
    g.writeStartObject(name);
    map.forEach(g::write);
    g.writeEnd();
  }

  private static void put(JsonGenerator g, String name, String value) {
    if (value == null) {
      g.writeNull(name);
    } else {
      g.write(name, value);
    }
  }
}
