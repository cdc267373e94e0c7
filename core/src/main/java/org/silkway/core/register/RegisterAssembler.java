package org.silkway.core.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.silkway.core.claim.AmountRange;
import org.silkway.core.claim.Bound;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.claim.ClaimValue;
import org.silkway.core.claim.Translations;
import org.silkway.core.claim.Unit;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.register.RegisterDocument.CitationRecord;
import org.silkway.core.register.RegisterDocument.ClaimRecord;
import org.silkway.core.register.RegisterDocument.EntryRecord;
import org.silkway.core.register.RegisterDocument.SourceRecord;
import org.silkway.core.register.RegisterDocument.TimeRecord;
import org.silkway.core.register.RegisterDocument.ValueRecord;
import org.silkway.core.source.Source;
import org.silkway.core.source.SourceKind;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.text.Text;
import org.silkway.core.time.Precision;
import org.silkway.core.time.TimeSpan;

/**
 * Turns a register document into sources and entries in memory, through the domain's own
 * constructors and rules, and collects every problem on the way with where it is. Nothing is
 * stored: the importer persists the result only when there is no problem at all.
 *
 * <p>Whatever the database would refuse is refused here first (the domain checks lengths and
 * characters, {@link AmountRange} amounts; this class keys, references and derivations), so that a
 * caller's mistake is a located problem and never a failed transaction. Every step is linear in the
 * size of the document.
 */
final class RegisterAssembler {

  /** What a valid document becomes. */
  record Assembly(List<Source> sources, List<Entry> entries) {
    int claimCount() {
      return entries.stream().mapToInt(e -> e.workingClaims().size()).sum();
    }

    boolean isEmpty() {
      return sources.isEmpty() && entries.isEmpty();
    }
  }

  /** Claims that speak of the same thing; at most one of them is preferred. */
  private record Group(Entry entry, String property, TimeSpan when) {}

  /** Where a claim is in the document, to name it in a problem found later. */
  private record Place(String where, String path) {}

  private static final Set<String> LANGUAGES = Set.of("en", "ru", "zh");

  private final ImportProblems problems = new ImportProblems();
  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final Map<String, Claim> claims = new HashMap<>();
  private final Map<Claim, Place> places = new IdentityHashMap<>();
  private final Map<Group, Claim> preferred = new HashMap<>();

  private RegisterAssembler() {}

  /**
   * @throws InvalidRegisterException with the problems found
   */
  static Assembly assemble(RegisterDocument document) {
    return assemble(document, new ImportProblems());
  }

  /**
   * @param earlier problems already found in the document's shape, reported with these
   */
  static Assembly assemble(RegisterDocument document, ImportProblems earlier) {
    RegisterAssembler assembler = new RegisterAssembler();
    assembler.problems.addAll(earlier);
    if (document == null) {
      throw assembler.problems.asException();
    }
    Assembly assembly = assembler.run(document);
    if (!assembler.problems.isEmpty()) {
      throw assembler.problems.asException();
    }
    return assembly;
  }

  /** The shape problems of a document with the meaning problems of what could be read. */
  static InvalidRegisterException problemsOf(RegisterDocument document, ImportProblems shape) {
    try {
      assemble(document, shape);
    } catch (InvalidRegisterException e) {
      return e;
    }
    throw new IllegalArgumentException("The document has no problem");
  }

  private Assembly run(RegisterDocument document) {
    for (int i = 0; i < document.sources().size(); i++) {
      source(document.sources().get(i), i);
    }
    // The entry each record became, by the record's place: null where it could not be made.
    List<Entry> made = new ArrayList<>();
    for (int i = 0; i < document.entries().size(); i++) {
      made.add(entry(document.entries().get(i), i));
    }
    forEachClaim(document, made, this::claim);
    forEachClaim(document, made, this::derivationsAndPreference);
    derivationCycles();
    for (int i = 0; i < made.size(); i++) {
      if (made.get(i) != null) {
        status(made.get(i), document.entries().get(i).status(), i);
      }
    }
    return new Assembly(List.copyOf(sources.values()), List.copyOf(entries.values()));
  }

  private interface ClaimStep {
    void apply(Entry entry, String where, ClaimRecord claim, String path);
  }

  private static void forEachClaim(RegisterDocument document, List<Entry> made, ClaimStep step) {
    for (int i = 0; i < made.size(); i++) {
      Entry entry = made.get(i);
      if (entry != null) {
        List<ClaimRecord> records = document.entries().get(i).claims();
        String where = ImportProblems.entry(entry.key(), i);
        for (int c = 0; c < records.size(); c++) {
          step.apply(entry, where, records.get(c), "claims[" + c + "]");
        }
      }
    }
  }

  private void source(SourceRecord r, int index) {
    String where = ImportProblems.source(r.key(), index);
    if (r.key() != null && sources.containsKey(r.key())) {
      problems.add(where, "key", "appears twice");
      return;
    }
    SourceKind kind = attempt(where, "kind", () -> Enums.parse(SourceKind.class, r.kind(), "kind"));
    if (kind == null) {
      return;
    }
    Source source =
        attempt(where, "", "key", () -> new Source(r.key(), kind, r.title(), r.language()));
    if (source == null) {
      return;
    }
    TimeSpan published = time(r.published(), where, "published");
    LocalDate retrieved =
        r.retrieved() == null ? null : attempt(where, "retrieved", () -> day(r.retrieved()));
    attempt(where, "", "outlet", () -> source.attributedTo(r.outlet(), r.author()));
    attempt(where, "", "publishedNote", () -> source.publishedOn(published, r.publishedNote()));
    attempt(where, "", "url", () -> source.locatedAt(r.url(), r.file(), retrieved));
    // Kept even when a detail is wrong (the document is refused anyway), so that the claims
    // citing it are not also reported as citing a missing source.
    sources.put(r.key(), source);
  }

  private Entry entry(EntryRecord r, int index) {
    String where = ImportProblems.entry(r.key(), index);
    if (r.key() != null && entries.containsKey(r.key())) {
      problems.add(where, "key", "appears twice");
      return null;
    }
    EntryType type = attempt(where, "type", () -> Enums.parse(EntryType.class, r.type(), "type"));
    LocalizedName name = names(r, type, where);
    if (type == null || name == null) {
      return null;
    }
    for (String attribute : r.attributes().keySet()) {
      if (!EntryFactory.attributesOf(type).contains(attribute)) {
        problems.add(
            where,
            "attributes." + Text.shorten(attribute),
            "is not an attribute of a " + type.slug());
      }
    }
    Entry entry =
        attempt(
            where,
            "",
            "attributes",
            () -> EntryFactory.create(type, r.key(), name, r.attributes()));
    if (entry != null) {
      entries.put(r.key(), entry);
    }
    return entry;
  }

  private LocalizedName names(EntryRecord r, EntryType type, String where) {
    Map<String, String> names = r.names();
    for (String language : names.keySet()) {
      if (!LANGUAGES.contains(language)) {
        problems.add(
            where, "names." + Text.shorten(language), "names are given in en, ru and zh only");
      }
    }
    if (type == EntryType.COUNTRY || type == EntryType.SECTOR) {
      for (String language : List.of("ru", "zh")) {
        if (names.get(language) == null || names.get(language).isBlank()) {
          problems.add(
              where, "names." + language, "a " + type.slug() + " is named in en, ru and zh");
        }
      }
    }
    return attempt(
        where,
        "names.",
        "names.en",
        () -> new LocalizedName(names.get("en"), names.get("ru"), names.get("zh")));
  }

  private void claim(Entry entry, String where, ClaimRecord r, String path) {
    if (r.key() != null && claims.containsKey(r.key())) {
      problems.add(where, path + ".key", "claim key " + Text.quote(r.key()) + " appears twice");
      return;
    }
    ClaimKind kind =
        attempt(where, path + ".kind", () -> Enums.parse(ClaimKind.class, r.kind(), "kind"));
    ClaimValue value = value(r.value(), where, path + ".value");
    TimeSpan when = time(r.when(), where, path + ".when");
    if (kind == null || value == null) {
      return;
    }
    Claim claim =
        attempt(
            where,
            path + ".",
            path,
            () -> entry.addClaim(r.key(), r.property(), value, when, r.asStated(), kind, r.note()));
    if (claim == null) {
      return;
    }
    claims.put(r.key(), claim);
    places.put(claim, new Place(where, path));
    translate(claim, where, r, path);
    if (kind == ClaimKind.DERIVED && !r.citations().isEmpty()) {
      problems.add(
          where, path + ".citations", "a DERIVED claim rests on derivedFrom, not on citations");
      return;
    }
    for (int i = 0; i < r.citations().size(); i++) {
      CitationRecord c = r.citations().get(i);
      String field = path + ".citations[" + i + "]";
      Source source = c.source() == null ? null : sources.get(c.source());
      if (source == null) {
        problems.add(
            where, field + ".source", "no source " + Text.quote(c.source()) + " in the document");
      } else {
        attempt(where, field + ".", field + ".excerpt", () -> claim.cite(source, c.excerpt()));
      }
    }
  }

  /** A claim's translations, each checked as a translator's would be. */
  private void translate(Claim claim, String where, ClaimRecord r, String path) {
    if (!r.translations().isEmpty()
        && claim.value().kind() != org.silkway.core.claim.ValueKind.TEXT) {
      problems.add(where, path + ".translations", "only a text has translations");
      return;
    }
    Translations translations = Translations.none();
    for (Map.Entry<String, String> t : new java.util.TreeMap<>(r.translations()).entrySet()) {
      String field = path + ".translations." + t.getKey();
      Language language = Language.fromTag(t.getKey()).orElse(null);
      if (language == null) {
        problems.add(
            where,
            field,
            "no language " + Text.quote(t.getKey()) + ": use " + Language.supportedTags());
        continue;
      }
      Translations before = translations;
      translations = attempt(where, field, () -> before.with(language, t.getValue()));
      if (translations == null) {
        translations = before;
      }
    }
    if (!translations.isEmpty()) {
      claim.keepTranslations(translations);
    }
  }

  private void derivationsAndPreference(Entry entry, String where, ClaimRecord r, String path) {
    Claim claim = r.key() == null ? null : claims.get(r.key());
    if (claim == null || claim.entry() != entry || !places.get(claim).path().equals(path)) {
      return;
    }
    Set<String> origins = new HashSet<>();
    for (int i = 0; i < r.derivedFrom().size(); i++) {
      String originKey = r.derivedFrom().get(i);
      Claim origin = originKey == null ? null : claims.get(originKey);
      String field = path + ".derivedFrom[" + i + "]";
      if (origin == null) {
        problems.add(where, field, "no claim " + Text.quote(originKey) + " in the document");
      } else if (!origins.add(originKey)) {
        problems.add(where, field, "claim " + Text.quote(originKey) + " is listed twice");
      } else {
        attempt(
            where,
            field,
            () -> {
              claim.deriveFrom(origin);
              return claim;
            });
      }
    }
    if (r.preferred()) {
      Claim already =
          preferred.putIfAbsent(new Group(entry, claim.property(), claim.appliesTo()), claim);
      if (already != null) {
        problems.add(
            where,
            path + ".preferred",
            "claim " + Text.quote(already.key()) + " about the same thing is preferred already");
      } else {
        // Entry.prefer would demote the group's other claims, looking through all of the entry's
        // claims each time; on import none of them is preferred (checked above), so promoting is
        // the same and keeps a large entry linear.
        claim.promote();
      }
    }
  }

  /**
   * A derived claim cannot come, even through others, from itself: no source would back it. Finds
   * every circle with one depth-first walk, without recursion, so that a long chain cannot exhaust
   * the stack.
   */
  private void derivationCycles() {
    Map<Claim, Boolean> finished = new IdentityHashMap<>(); // false while on the current path
    for (Claim start : places.keySet()) {
      if (finished.containsKey(start) || start.derivedFrom().isEmpty()) {
        continue;
      }
      Deque<Claim> path = new ArrayDeque<>();
      Deque<Iterator<Claim>> next = new ArrayDeque<>();
      path.push(start);
      next.push(start.derivedFrom().iterator());
      finished.put(start, false);
      while (!path.isEmpty()) {
        Iterator<Claim> origins = next.peek();
        if (!origins.hasNext()) {
          finished.put(path.pop(), true);
          next.pop();
          continue;
        }
        Claim origin = origins.next();
        Boolean state = finished.get(origin);
        if (state == null) {
          finished.put(origin, false);
          path.push(origin);
          next.push(origin.derivedFrom().iterator());
        } else if (!state) {
          Place place = places.get(path.peek());
          problems.add(
              place.where(),
              place.path() + ".derivedFrom",
              "derives from "
                  + Text.quote(origin.key())
                  + ", which is derived from this claim again: a derivation cannot go round in a"
                  + " circle");
        }
      }
    }
  }

  private void status(Entry entry, String statusName, int index) {
    String where = ImportProblems.entry(entry.key(), index);
    EntryStatus status =
        attempt(where, "status", () -> Enums.parse(EntryStatus.class, statusName, "status"));
    if (status == null) {
      return;
    }
    attempt(
        where,
        "status",
        () -> {
          entry.restoreStatus(status);
          return entry;
        });
  }

  private ClaimValue value(ValueRecord v, String where, String path) {
    if (v == null) {
      problems.add(where, path, "a claim needs a value");
      return null;
    }
    int kinds =
        (v.text() != null ? 1 : 0)
            + (v.entry() != null ? 1 : 0)
            + (v.amount() != null ? 1 : 0)
            + (v.time() != null ? 1 : 0)
            + (v.code() != null ? 1 : 0);
    if (kinds != 1) {
      problems.add(where, path, "a value is exactly one of text, entry, amount, time or code");
      return null;
    }
    if (v.entry() != null) {
      Entry target = entries.get(v.entry());
      if (target == null) {
        problems.add(
            where, path + ".entry", "no entry " + Text.quote(v.entry()) + " in the document");
        return null;
      }
      return ClaimValue.entry(target);
    }
    if (v.amount() != null) {
      // Judged by its digits first: the unit and bound are worth nothing without a number.
      BigDecimal amount =
          attempt(where, path + ".", path + ".amount", () -> AmountRange.parse(v.amount()));
      Unit unit = attempt(where, path + ".unit", () -> Enums.parse(Unit.class, v.unit(), "unit"));
      Bound bound =
          attempt(where, path + ".bound", () -> Enums.parse(Bound.class, v.bound(), "bound"));
      return amount == null || unit == null || bound == null
          ? null
          : attempt(where, path + ".", path, () -> ClaimValue.amount(amount, unit, bound));
    }
    if (v.time() != null) {
      TimeSpan time = time(v.time(), where, path + ".time");
      return time == null ? null : ClaimValue.time(time);
    }
    if (v.code() != null) {
      return attempt(where, path + ".", path + ".code", () -> ClaimValue.code(v.code()));
    }
    return attempt(where, path + ".", path + ".text", () -> ClaimValue.text(v.text()));
  }

  private TimeSpan time(TimeRecord t, String where, String path) {
    if (t == null) {
      return null;
    }
    Precision precision =
        attempt(
            where,
            path + ".precision",
            () -> Enums.parse(Precision.class, t.precision(), "precision"));
    return precision == null
        ? null
        : attempt(where, path + ".", path, () -> new TimeSpan(t.start(), t.end(), precision));
  }

  /** A day written YYYY-MM-DD: no five-digit or signed year, which a database cannot store. */
  private static LocalDate day(String text) {
    if (!Precision.DAY.accepts(text)) {
      throw new IllegalArgumentException(Text.quote(text) + " is not a date (YYYY-MM-DD)");
    }
    return LocalDate.parse(text);
  }

  /** Runs a step of the assembly; a rule it breaks becomes a problem at that place. */
  private <T> T attempt(String where, String field, Supplier<T> step) {
    return attempt(where, null, field, step);
  }

  /**
   * As {@link #attempt(String, String, Supplier)}, for a step that builds an object with several
   * fields: a rule that names its field is reported there ({@code prefix} + the field), any other
   * at {@code field}.
   */
  private <T> T attempt(String where, String prefix, String field, Supplier<T> step) {
    try {
      return step.get();
    } catch (InvalidFieldException e) {
      problems.add(where, prefix == null ? field : prefix + e.field(), e.getMessage());
      return null;
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      problems.add(where, field, e.getMessage());
      return null;
    }
  }
}
