package org.silkway.core.register;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.silkway.core.register.RegisterDocument.ClaimRecord;
import org.silkway.core.register.RegisterDocument.EntryRecord;
import org.silkway.core.register.RegisterDocument.SourceRecord;
import org.silkway.core.register.RegisterDocument.TimeRecord;
import org.silkway.core.register.RegisterDocument.ValueRecord;

/**
 * The streamed writer gives the bytes the earlier in-memory writer gave (kept here as {@link
 * TreeWriter}, the format's reference) on a synthetic register with every kind of value; {@code
 * RegisterOnDatabaseTest} checks the same on the seed as H2 and PostgreSQL export it.
 */
class RegisterJsonWriterTest {

  private static byte[] streamed(RegisterDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RegisterJsonWriter.write(document, out);
    return out.toByteArray();
  }

  static byte[] inMemory(RegisterDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TreeWriter.write(document, out);
    return out.toByteArray();
  }

  @Test
  void a_synthetic_register_streams_byte_for_byte_as_it_was_written_in_memory() {
    RegisterDocument synthetic = SyntheticRegister.of(200, 80);

    assertArrayEquals(inMemory(synthetic), streamed(synthetic));
  }

  @Test
  void an_empty_register_streams_byte_for_byte_as_it_was_written_in_memory() {
    RegisterDocument empty = new RegisterDocument(java.util.List.of(), java.util.List.of());

    assertArrayEquals(inMemory(empty), streamed(empty));
  }

  /** The writer before streaming: the whole document as a JSON tree, then written at once. */
  static final class TreeWriter {

    private static final JsonWriterFactory PRETTY =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private TreeWriter() {}

    public static void write(RegisterDocument document, OutputStream out) {
      JsonObjectBuilder root =
          Json.createObjectBuilder()
              .add("format", RegisterDocument.FORMAT)
              .add("version", RegisterDocument.VERSION);
      JsonArrayBuilder sources = Json.createArrayBuilder();
      document.sources().forEach(s -> sources.add(source(s)));
      JsonArrayBuilder entries = Json.createArrayBuilder();
      document.entries().forEach(e -> entries.add(entry(e)));
      root.add("sources", sources).add("entries", entries);
      try (JsonWriter writer = PRETTY.createWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
        writer.writeObject(root.build());
      }
    }

    private static JsonObjectBuilder source(SourceRecord s) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      put(o, "key", s.key());
      put(o, "kind", s.kind());
      put(o, "title", s.title());
      put(o, "outlet", s.outlet());
      put(o, "author", s.author());
      o.add("published", time(s.published()));
      put(o, "publishedNote", s.publishedNote());
      put(o, "url", s.url());
      put(o, "language", s.language());
      put(o, "retrieved", s.retrieved());
      put(o, "file", s.file());
      return o;
    }

    private static JsonObjectBuilder entry(EntryRecord e) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      put(o, "key", e.key());
      put(o, "type", e.type());
      put(o, "status", e.status());
      o.add("names", map(e.names()));
      o.add("attributes", map(e.attributes()));
      JsonArrayBuilder claims = Json.createArrayBuilder();
      e.claims().forEach(c -> claims.add(claim(c)));
      o.add("claims", claims);
      return o;
    }

    private static JsonObjectBuilder claim(ClaimRecord c) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      put(o, "key", c.key());
      put(o, "property", c.property());
      o.add("value", value(c.value()));
      o.add("when", time(c.when()));
      put(o, "asStated", c.asStated());
      put(o, "kind", c.kind());
      o.add("preferred", c.preferred());
      JsonArrayBuilder derived = Json.createArrayBuilder();
      c.derivedFrom().forEach(derived::add);
      o.add("derivedFrom", derived);
      put(o, "note", c.note());
      JsonArrayBuilder citations = Json.createArrayBuilder();
      c.citations()
          .forEach(
              ci -> {
                JsonObjectBuilder co = Json.createObjectBuilder();
                put(co, "source", ci.source());
                put(co, "excerpt", ci.excerpt());
                citations.add(co);
              });
      o.add("citations", citations);
      return o;
    }

    /** Only the fields of the value's kind, as the format shows them. */
    private static JsonObjectBuilder value(ValueRecord v) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      if (v.text() != null) {
        o.add("text", v.text());
      } else if (v.entry() != null) {
        o.add("entry", v.entry());
      } else if (v.amount() != null) {
        o.add("amount", v.amount()).add("unit", v.unit()).add("bound", v.bound());
      } else if (v.time() != null) {
        o.add("time", time(v.time()));
      } else if (v.code() != null) {
        o.add("code", v.code());
      }
      return o;
    }

    private static JsonValue time(TimeRecord t) {
      if (t == null) {
        return JsonValue.NULL;
      }
      JsonObjectBuilder o = Json.createObjectBuilder();
      put(o, "start", t.start());
      put(o, "end", t.end());
      put(o, "precision", t.precision());
      return o.build();
    }

    private static JsonObjectBuilder map(Map<String, String> map) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      map.forEach(o::add);
      return o;
    }

    private static void put(JsonObjectBuilder o, String name, String value) {
      if (value == null) {
        o.addNull(name);
      } else {
        o.add(name, value);
      }
    }
  }
}
