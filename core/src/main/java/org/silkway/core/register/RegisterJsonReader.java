package org.silkway.core.register;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.silkway.core.register.RegisterDocument.CitationRecord;
import org.silkway.core.register.RegisterDocument.ClaimRecord;
import org.silkway.core.register.RegisterDocument.EntryRecord;
import org.silkway.core.register.RegisterDocument.SourceRecord;
import org.silkway.core.register.RegisterDocument.TimeRecord;
import org.silkway.core.register.RegisterDocument.ValueRecord;

/**
 * Reads a register document. It checks the shape (fields, their JSON types, no unknown field, so
 * nothing is silently dropped); the meaning is checked when the document is assembled.
 */
public final class RegisterJsonReader {

  private static final Set<String> DOCUMENT_FIELDS =
      Set.of("format", "version", "sources", "entries");
  private static final Set<String> SOURCE_FIELDS =
      Set.of(
          "key",
          "kind",
          "title",
          "outlet",
          "author",
          "published",
          "publishedNote",
          "url",
          "language",
          "retrieved",
          "file");
  private static final Set<String> ENTRY_FIELDS =
      Set.of("key", "type", "status", "names", "attributes", "claims");
  private static final Set<String> CLAIM_FIELDS =
      Set.of(
          "key",
          "property",
          "value",
          "when",
          "asStated",
          "kind",
          "preferred",
          "derivedFrom",
          "note",
          "citations");
  private static final Set<String> VALUE_FIELDS =
      Set.of("text", "entry", "amount", "unit", "bound", "time", "code");
  private static final Set<String> TIME_FIELDS = Set.of("start", "end", "precision");
  private static final Set<String> CITATION_FIELDS = Set.of("source", "excerpt");

  private final List<ImportProblem> problems = new ArrayList<>();

  private RegisterJsonReader() {}

  /** A document as far as it could be read, and what did not fit the format. */
  record Reading(RegisterDocument document, List<ImportProblem> problems) {}

  /**
   * @throws InvalidRegisterException listing every shape problem, when there is any
   */
  public static RegisterDocument read(InputStream json) {
    Reading reading = readLeniently(json);
    if (!reading.problems().isEmpty()) {
      throw new InvalidRegisterException(reading.problems());
    }
    return reading.document();
  }

  /** Reads what it can, so that shape and meaning problems are reported together. */
  static Reading readLeniently(InputStream json) {
    RegisterJsonReader reader = new RegisterJsonReader();
    RegisterDocument document = reader.document(json);
    return new Reading(document, List.copyOf(reader.problems));
  }

  private RegisterDocument document(InputStream json) {
    JsonObject root;
    try (JsonReader reader = Json.createReader(json)) {
      root = reader.readObject();
    } catch (JsonParsingException e) {
      problems.add(
          new ImportProblem(
              "document",
              null,
              "not valid JSON at line "
                  + e.getLocation().getLineNumber()
                  + ", column "
                  + e.getLocation().getColumnNumber()
                  + ": "
                  + e.getMessage()));
      return null;
    } catch (JsonException | IllegalStateException e) {
      problems.add(new ImportProblem("document", null, "not a JSON object: " + e.getMessage()));
      return null;
    }
    Fields doc = new Fields(root, "document", "", DOCUMENT_FIELDS);
    String format = doc.string("format");
    if (!RegisterDocument.FORMAT.equals(format)) {
      problems.add(
          new ImportProblem(
              "document",
              "format",
              "expected '" + RegisterDocument.FORMAT + "', found '" + format + "'"));
    }
    JsonValue version = root.get("version");
    if (!(version instanceof JsonNumber n) || n.intValue() != RegisterDocument.VERSION) {
      problems.add(
          new ImportProblem(
              "document",
              "version",
              "expected " + RegisterDocument.VERSION + ", found " + version));
    }
    List<SourceRecord> sources = new ArrayList<>();
    int i = 0;
    for (JsonObject o : doc.objects("sources")) {
      sources.add(source(o, i++));
    }
    List<EntryRecord> entries = new ArrayList<>();
    i = 0;
    for (JsonObject o : doc.objects("entries")) {
      entries.add(entry(o, i++));
    }
    return new RegisterDocument(sources, entries);
  }

  private SourceRecord source(JsonObject o, int index) {
    Fields f = new Fields(o, "source " + label(o, index), "", SOURCE_FIELDS);
    return new SourceRecord(
        f.string("key"),
        f.string("kind"),
        f.string("title"),
        f.string("outlet"),
        f.string("author"),
        time(f, "published"),
        f.string("publishedNote"),
        f.string("url"),
        f.string("language"),
        f.string("retrieved"),
        f.string("file"));
  }

  private EntryRecord entry(JsonObject o, int index) {
    String where = "entry " + label(o, index);
    Fields f = new Fields(o, where, "", ENTRY_FIELDS);
    List<ClaimRecord> claims = new ArrayList<>();
    int i = 0;
    for (JsonObject c : f.objects("claims")) {
      claims.add(claim(c, where, "claims[" + i++ + "]"));
    }
    return new EntryRecord(
        f.string("key"),
        f.string("type"),
        f.string("status"),
        f.stringMap("names"),
        f.stringMap("attributes"),
        claims);
  }

  private ClaimRecord claim(JsonObject o, String where, String path) {
    Fields f = new Fields(o, where, path + ".", CLAIM_FIELDS);
    List<CitationRecord> citations = new ArrayList<>();
    int i = 0;
    for (JsonObject c : f.objects("citations")) {
      Fields cf = new Fields(c, where, path + ".citations[" + i++ + "].", CITATION_FIELDS);
      citations.add(new CitationRecord(cf.string("source"), cf.string("excerpt")));
    }
    JsonObject value = f.object("value");
    ValueRecord valueRecord = null;
    if (value != null) {
      Fields vf = new Fields(value, where, path + ".value.", VALUE_FIELDS);
      valueRecord =
          new ValueRecord(
              vf.string("text"),
              vf.string("entry"),
              vf.numberOrString("amount"),
              vf.string("unit"),
              vf.string("bound"),
              time(vf, "time"),
              vf.string("code"));
    }
    return new ClaimRecord(
        f.string("key"),
        f.string("property"),
        valueRecord,
        time(f, "when"),
        f.string("asStated"),
        f.string("kind"),
        f.bool("preferred"),
        f.strings("derivedFrom"),
        f.string("note"),
        citations);
  }

  private TimeRecord time(Fields f, String name) {
    JsonObject o = f.object(name);
    if (o == null) {
      return null;
    }
    Fields tf = new Fields(o, f.where, f.prefix + name + ".", TIME_FIELDS);
    return new TimeRecord(tf.string("start"), tf.string("end"), tf.string("precision"));
  }

  private static String label(JsonObject o, int index) {
    JsonValue key = o.get("key");
    return key instanceof JsonString s ? "'" + s.getString() + "'" : "#" + (index + 1);
  }

  /** Typed access to one JSON object's fields, recording what does not fit. */
  private final class Fields {
    private final JsonObject object;
    private final String where;
    private final String prefix;

    Fields(JsonObject object, String where, String prefix, Set<String> known) {
      this.object = object;
      this.where = where;
      this.prefix = prefix;
      for (String name : object.keySet()) {
        if (!known.contains(name)) {
          problem(name, "is not a field of the register format");
        }
      }
    }

    private void problem(String field, String message) {
      problems.add(new ImportProblem(where, prefix + field, message));
    }

    private JsonValue get(String name) {
      JsonValue v = object.get(name);
      return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : v;
    }

    String string(String name) {
      JsonValue v = get(name);
      if (v == null) {
        return null;
      }
      if (v instanceof JsonString s) {
        return s.getString();
      }
      problem(name, "must be a string, found " + v.getValueType().name().toLowerCase());
      return null;
    }

    String numberOrString(String name) {
      JsonValue v = get(name);
      if (v instanceof JsonNumber n) {
        return n.bigDecimalValue().toPlainString();
      }
      return string(name);
    }

    boolean bool(String name) {
      JsonValue v = get(name);
      if (v == null) {
        return false;
      }
      if (v.getValueType() == JsonValue.ValueType.TRUE) {
        return true;
      }
      if (v.getValueType() != JsonValue.ValueType.FALSE) {
        problem(name, "must be true or false");
      }
      return false;
    }

    JsonObject object(String name) {
      JsonValue v = get(name);
      if (v == null) {
        return null;
      }
      if (v instanceof JsonObject o) {
        return o;
      }
      problem(name, "must be an object");
      return null;
    }

    List<JsonObject> objects(String name) {
      JsonValue v = get(name);
      if (v == null) {
        return List.of();
      }
      if (!(v instanceof JsonArray array)) {
        problem(name, "must be an array");
        return List.of();
      }
      List<JsonObject> objects = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i) instanceof JsonObject o) {
          objects.add(o);
        } else {
          problem(name + "[" + i + "]", "must be an object");
        }
      }
      return objects;
    }

    List<String> strings(String name) {
      JsonValue v = get(name);
      if (v == null) {
        return List.of();
      }
      List<String> strings = new ArrayList<>();
      if (v instanceof JsonArray array) {
        for (int i = 0; i < array.size(); i++) {
          if (array.get(i) instanceof JsonString s) {
            strings.add(s.getString());
          } else {
            problem(name + "[" + i + "]", "must be a string");
          }
        }
      } else {
        problem(name, "must be an array of strings");
      }
      return strings;
    }

    Map<String, String> stringMap(String name) {
      JsonObject o = object(name);
      Map<String, String> map = new LinkedHashMap<>();
      if (o != null) {
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
          if (e.getValue() instanceof JsonString s) {
            map.put(e.getKey(), s.getString());
          } else if (e.getValue().getValueType() != JsonValue.ValueType.NULL) {
            problem(name + "." + e.getKey(), "must be a string");
          }
        }
      }
      return map;
    }
  }
}
