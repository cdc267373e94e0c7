package org.silkway.core.register;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.silkway.core.text.Text;

/**
 * Reads a register document. It checks the shape (fields, their JSON types, no unknown or repeated
 * field, nothing after the document, so nothing is silently dropped); the meaning is checked when
 * the document is assembled.
 *
 * <p>It reads as a stream, one value at a time, and never turns a JSON number into a number: an
 * amount keeps its text for {@link org.silkway.core.claim.AmountRange} to judge. So a body of junk
 * costs time in proportion to its size, and no single value can cost more.
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
          "citations",
          "translations");
  private static final Set<String> VALUE_FIELDS =
      Set.of("text", "entry", "amount", "unit", "bound", "time", "code");
  private static final Set<String> TIME_FIELDS = Set.of("start", "end", "precision");
  private static final Set<String> CITATION_FIELDS = Set.of("source", "excerpt");

  /**
   * Deeper than a register document ever is (six levels), yet shallow enough that no parser's stack
   * or limit is reached first.
   */
  private static final int DEPTH = 64;

  /** More than any type needs ({@code names} has three, {@code attributes} two at most). */
  private static final int MAP_FIELDS = 16;

  /** One factory: looking the JSON provider up costs more than reading a small document. */
  private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

  private final JsonParser parser;
  private final ImportProblems problems;

  private RegisterJsonReader(JsonParser parser, ImportProblems problems) {
    this.parser = parser;
    this.problems = problems;
  }

  /** A document as far as it could be read, and what did not fit the format. */
  record Reading(RegisterDocument document, ImportProblems problems) {}

  /**
   * @throws InvalidRegisterException when the document is not a register document; it lists its
   *     shape problems with the meaning problems of what could be read
   */
  public static RegisterDocument read(InputStream json) {
    Reading reading = readLeniently(json);
    if (!reading.problems().isEmpty()) {
      throw RegisterAssembler.problemsOf(reading.document(), reading.problems());
    }
    return reading.document();
  }

  /** Reads what it can, so that shape and meaning problems are reported together. */
  static Reading readLeniently(InputStream json) {
    ImportProblems problems = new ImportProblems();
    RegisterDocument document;
    try (JsonParser parser = PARSERS.createParser(json)) {
      document = new RegisterJsonReader(parser, problems).document();
    } catch (JsonParsingException e) {
      problems.add(
          "document",
          null,
          "not valid JSON at line "
              + e.getLocation().getLineNumber()
              + ", column "
              + e.getLocation().getColumnNumber());
      document = null;
    } catch (NestedTooDeeply e) {
      problems.add(
          "document", null, "nested more than " + DEPTH + " levels deep: not a register document");
      document = null;
    } catch (RuntimeException e) {
      // Unreadable bytes, a body that ends early, or a limit of the JSON parser: its own words
      // may quote the input, so they are not passed on.
      problems.add("document", null, "not a readable JSON document");
      document = null;
    }
    return new Reading(document, problems);
  }

  private RegisterDocument document() {
    if (!parser.hasNext() || parser.next() != Event.START_OBJECT) {
      problems.add("document", null, "a register document is one JSON object");
      return null;
    }
    Pending doc = Pending.passingTo(problems, "document");
    List<SourceRecord> sources = new ArrayList<>();
    List<EntryRecord> entries = new ArrayList<>();
    String[] format = {null};
    boolean[] versionSeen = {false};
    members(
        doc,
        "",
        DOCUMENT_FIELDS,
        (name, event) -> {
          switch (name) {
            case "format" -> format[0] = string(doc, "format", event);
            case "version" -> {
              versionSeen[0] = true;
              version(doc, event);
            }
            case "sources" ->
                array(doc, "sources", event, i -> sources.add(source(sources.size())));
            default -> array(doc, "entries", event, i -> entries.add(entry(entries.size())));
          }
        });
    if (!RegisterDocument.FORMAT.equals(format[0])) {
      doc.add(
          "format", "expected '" + RegisterDocument.FORMAT + "', found " + Text.quote(format[0]));
    }
    if (!versionSeen[0]) {
      doc.add("version", "expected " + RegisterDocument.VERSION + ", found nothing");
    }
    if (somethingFollows()) {
      doc.add(null, "something follows the document's closing brace; send one JSON object only");
    }
    return new RegisterDocument(sources, entries);
  }

  /** The version is the JSON number 1 as written: not "1", not 1.0, not 1.5. */
  private void version(Pending doc, Event event) {
    boolean one =
        event == Event.VALUE_NUMBER
            && parser.getString().equals(String.valueOf(RegisterDocument.VERSION));
    if (!one) {
      String found =
          switch (event) {
            case VALUE_NUMBER -> Text.shorten(parser.getString());
            case VALUE_STRING -> "the string " + Text.quote(parser.getString());
            default -> describe(event);
          };
      doc.add("version", "expected the number " + RegisterDocument.VERSION + ", found " + found);
    }
    skip(event);
  }

  /** Whether anything but white space follows the document: a second object, or junk. */
  private boolean somethingFollows() {
    try {
      return parser.hasNext();
    } catch (JsonParsingException e) {
      return true;
    }
  }

  private SourceRecord source(int index) {
    Pending f = new Pending();
    String[] s = new String[11];
    TimeRecord[] published = {null};
    members(
        f,
        "",
        SOURCE_FIELDS,
        (name, event) -> {
          switch (name) {
            case "published" -> published[0] = time(f, "published", event);
            default -> s[sourceSlot(name)] = string(f, name, event);
          }
        });
    String key = s[0];
    f.flushTo(problems, ImportProblems.source(key, index));
    return new SourceRecord(
        key, s[1], s[2], s[3], s[4], published[0], s[5], s[6], s[7], s[8], s[9]);
  }

  private static int sourceSlot(String name) {
    return switch (name) {
      case "key" -> 0;
      case "kind" -> 1;
      case "title" -> 2;
      case "outlet" -> 3;
      case "author" -> 4;
      case "publishedNote" -> 5;
      case "url" -> 6;
      case "language" -> 7;
      case "retrieved" -> 8;
      default -> 9; // file
    };
  }

  private EntryRecord entry(int index) {
    Pending f = new Pending();
    String[] key = {null};
    String[] type = {null};
    String[] status = {null};
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> attributes = new LinkedHashMap<>();
    List<ClaimRecord> claims = new ArrayList<>();
    members(
        f,
        "",
        ENTRY_FIELDS,
        (name, event) -> {
          switch (name) {
            case "key" -> key[0] = string(f, name, event);
            case "type" -> type[0] = string(f, name, event);
            case "status" -> status[0] = string(f, name, event);
            case "names" -> stringMap(f, name, event, names);
            case "attributes" -> stringMap(f, name, event, attributes);
            default ->
                array(f, name, event, i -> claims.add(claim(f, "claims[" + claims.size() + "]")));
          }
        });
    f.flushTo(problems, ImportProblems.entry(key[0], index));
    return new EntryRecord(key[0], type[0], status[0], names, attributes, claims);
  }

  private ClaimRecord claim(Pending f, String path) {
    String prefix = path + ".";
    String[] s = new String[5]; // key, property, asStated, kind, note
    ValueRecord[] value = {null};
    TimeRecord[] when = {null};
    boolean[] preferred = {false};
    List<String> derivedFrom = new ArrayList<>();
    List<CitationRecord> citations = new ArrayList<>();
    Map<String, String> translations = new java.util.TreeMap<>();
    members(
        f,
        prefix,
        CLAIM_FIELDS,
        (name, event) -> {
          switch (name) {
            case "key" -> s[0] = string(f, prefix + name, event);
            case "property" -> s[1] = string(f, prefix + name, event);
            case "asStated" -> s[2] = string(f, prefix + name, event);
            case "kind" -> s[3] = string(f, prefix + name, event);
            case "note" -> s[4] = string(f, prefix + name, event);
            case "value" -> value[0] = value(f, prefix + name, event);
            case "when" -> when[0] = time(f, prefix + name, event);
            case "preferred" -> preferred[0] = bool(f, prefix + name, event);
            case "derivedFrom" -> strings(f, prefix + name, event, derivedFrom);
            case "translations" -> stringMap(f, prefix + name, event, translations);
            default ->
                array(
                    f,
                    prefix + name,
                    event,
                    i ->
                        citations.add(citation(f, prefix + "citations[" + citations.size() + "]")));
          }
        });
    return new ClaimRecord(
        s[0],
        s[1],
        value[0],
        when[0],
        s[2],
        s[3],
        preferred[0],
        derivedFrom,
        s[4],
        citations,
        translations);
  }

  private CitationRecord citation(Pending f, String path) {
    String[] s = new String[2];
    members(
        f,
        path + ".",
        CITATION_FIELDS,
        (name, event) -> s[name.equals("source") ? 0 : 1] = string(f, path + "." + name, event));
    return new CitationRecord(s[0], s[1]);
  }

  private ValueRecord value(Pending f, String path, Event event) {
    if (!isObject(f, path, event)) {
      return null;
    }
    String prefix = path + ".";
    String[] s = new String[6]; // text, entry, amount, unit, bound, code
    TimeRecord[] time = {null};
    members(
        f,
        prefix,
        VALUE_FIELDS,
        (name, e) -> {
          switch (name) {
            case "text" -> s[0] = string(f, prefix + name, e);
            case "entry" -> s[1] = string(f, prefix + name, e);
            case "amount" -> s[2] = numberOrString(f, prefix + name, e);
            case "unit" -> s[3] = string(f, prefix + name, e);
            case "bound" -> s[4] = string(f, prefix + name, e);
            case "time" -> time[0] = time(f, prefix + name, e);
            default -> s[5] = string(f, prefix + name, e);
          }
        });
    return new ValueRecord(s[0], s[1], s[2], s[3], s[4], time[0], s[5]);
  }

  private TimeRecord time(Pending f, String path, Event event) {
    if (!isObject(f, path, event)) {
      return null;
    }
    String prefix = path + ".";
    String[] s = new String[3];
    members(
        f,
        prefix,
        TIME_FIELDS,
        (name, e) ->
            s[name.equals("start") ? 0 : name.equals("end") ? 1 : 2] = string(f, prefix + name, e));
    return new TimeRecord(s[0], s[1], s[2]);
  }

  /** What to do with the value of a known field; the event is the value's first. */
  private interface Member {
    void read(String name, Event event);
  }

  /**
   * Reads an object's fields up to its closing brace, after its opening one was read: unknown and
   * repeated fields are problems, and their values are skipped.
   */
  private void members(Pending f, String prefix, Set<String> known, Member member) {
    Set<String> seen = new HashSet<>();
    for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
      String name = parser.getString();
      Event value = parser.next();
      if (!known.contains(name)) {
        f.add(prefix + Text.shorten(name), "is not a field of the register format");
        skip(value);
      } else if (!seen.add(name)) {
        f.add(prefix + name, "appears twice in the same object");
        skip(value);
      } else {
        member.read(name, value);
      }
    }
  }

  private interface Element {
    void read(int index);
  }

  /** Reads an array of objects, handing each object (its opening brace read) to {@code element}. */
  private void array(Pending f, String field, Event event, Element element) {
    if (event == Event.VALUE_NULL) {
      return;
    }
    if (event != Event.START_ARRAY) {
      f.add(field, "must be an array");
      skip(event);
      return;
    }
    int i = 0;
    for (Event e = parser.next(); e != Event.END_ARRAY; e = parser.next(), i++) {
      if (e == Event.START_OBJECT) {
        element.read(i);
      } else {
        f.add(field + "[" + i + "]", "must be an object");
        skip(e);
      }
    }
  }

  private boolean isObject(Pending f, String field, Event event) {
    if (event == Event.START_OBJECT) {
      return true;
    }
    if (event != Event.VALUE_NULL) {
      f.add(field, "must be an object");
      skip(event);
    }
    return false;
  }

  private String string(Pending f, String field, Event event) {
    if (event == Event.VALUE_STRING) {
      return parser.getString();
    }
    if (event != Event.VALUE_NULL) {
      f.add(field, "must be a string, found " + describe(event));
      skip(event);
    }
    return null;
  }

  /** An amount's text as written, whether a JSON number or a string; it is not converted here. */
  private String numberOrString(Pending f, String field, Event event) {
    return event == Event.VALUE_NUMBER ? parser.getString() : string(f, field, event);
  }

  private boolean bool(Pending f, String field, Event event) {
    if (event == Event.VALUE_TRUE) {
      return true;
    }
    if (event != Event.VALUE_FALSE && event != Event.VALUE_NULL) {
      f.add(field, "must be true or false");
      skip(event);
    }
    return false;
  }

  private void strings(Pending f, String field, Event event, List<String> into) {
    if (event == Event.VALUE_NULL) {
      return;
    }
    if (event != Event.START_ARRAY) {
      f.add(field, "must be an array of strings");
      skip(event);
      return;
    }
    int i = 0;
    for (Event e = parser.next(); e != Event.END_ARRAY; e = parser.next(), i++) {
      if (e == Event.VALUE_STRING) {
        into.add(parser.getString());
      } else {
        f.add(field + "[" + i + "]", "must be a string");
        skip(e);
      }
    }
  }

  private void stringMap(Pending f, String field, Event event, Map<String, String> into) {
    if (!isObject(f, field, event)) {
      return;
    }
    for (Event e = parser.next(); e != Event.END_OBJECT; e = parser.next()) {
      String name = parser.getString();
      String path = field + "." + Text.shorten(name);
      Event value = parser.next();
      if (into.containsKey(name)) {
        f.add(path, "appears twice in the same object");
        skip(value);
      } else if (into.size() == MAP_FIELDS) {
        f.add(path, "is one field too many: " + field + " has at most " + MAP_FIELDS);
        skip(value);
      } else if (value == Event.VALUE_STRING) {
        into.put(name, parser.getString());
      } else if (value != Event.VALUE_NULL) {
        f.add(path, "must be a string");
        skip(value);
      }
    }
  }

  /** Passes over a value, however deeply nested, without building it or recursing into it. */
  private void skip(Event first) {
    if (first != Event.START_OBJECT && first != Event.START_ARRAY) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      Event e = parser.next();
      if (e == Event.START_OBJECT || e == Event.START_ARRAY) {
        if (++depth > DEPTH) {
          throw new NestedTooDeeply();
        }
      } else if (e == Event.END_OBJECT || e == Event.END_ARRAY) {
        depth--;
      }
    }
  }

  /** Stops reading: a value this deep is junk, and reading on would only cost. */
  private static final class NestedTooDeeply extends RuntimeException {
    NestedTooDeeply() {
      super(null, null, false, false);
    }
  }

  private static String describe(Event event) {
    return switch (event) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_NUMBER -> "a number";
      case VALUE_STRING -> "a string";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      default -> "null";
    };
  }

  /**
   * The problems of one source or entry, held until it has been read: they are named after its key,
   * which may come last. Holds no more than the document keeps, and counts the rest.
   */
  private static final class Pending {
    private final List<String[]> kept = new ArrayList<>();
    private long more;
    private ImportProblems passTo;
    private String where;

    /** Problems of the document itself, named "document" at once. */
    static Pending passingTo(ImportProblems problems, String where) {
      Pending pending = new Pending();
      pending.passTo = problems;
      pending.where = where;
      return pending;
    }

    void add(String field, String message) {
      if (passTo != null) {
        passTo.add(where, field, message);
      } else if (kept.size() < ImportProblems.KEPT) {
        kept.add(new String[] {field, message});
      } else {
        more++;
      }
    }

    void flushTo(ImportProblems problems, String where) {
      for (String[] p : kept) {
        problems.add(where, p[0], p[1]);
      }
      problems.countMore(more);
    }
  }
}
