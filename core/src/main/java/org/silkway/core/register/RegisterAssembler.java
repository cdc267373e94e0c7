package org.silkway.core.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.silkway.core.claim.Bound;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.claim.ClaimValue;
import org.silkway.core.claim.Unit;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.register.RegisterDocument.CitationRecord;
import org.silkway.core.register.RegisterDocument.ClaimRecord;
import org.silkway.core.register.RegisterDocument.EntryRecord;
import org.silkway.core.register.RegisterDocument.SourceRecord;
import org.silkway.core.register.RegisterDocument.TimeRecord;
import org.silkway.core.register.RegisterDocument.ValueRecord;
import org.silkway.core.source.Source;
import org.silkway.core.source.SourceKind;
import org.silkway.core.time.Precision;
import org.silkway.core.time.TimeSpan;

/**
 * Turns a register document into sources and entries in memory, through the domain's own
 * constructors and rules, and collects every problem on the way with where it is. Nothing is
 * stored: the importer persists the result only when there is no problem at all.
 */
final class RegisterAssembler {

  /** What a valid document becomes. */
  record Assembly(List<Source> sources, List<Entry> entries) {
    int claimCount() {
      return entries.stream().mapToInt(e -> e.claims().size()).sum();
    }
  }

  private static final Set<String> LANGUAGES = Set.of("en", "ru", "zh");

  private final List<ImportProblem> problems = new ArrayList<>();
  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final Map<String, Claim> claims = new HashMap<>();

  private RegisterAssembler() {}

  /**
   * @throws InvalidRegisterException with every problem found
   */
  static Assembly assemble(RegisterDocument document) {
    return assemble(document, List.of());
  }

  /**
   * @param earlier problems already found in the document's shape, reported with these
   */
  static Assembly assemble(RegisterDocument document, List<ImportProblem> earlier) {
    RegisterAssembler assembler = new RegisterAssembler();
    assembler.problems.addAll(earlier);
    if (document == null) {
      throw new InvalidRegisterException(assembler.problems);
    }
    Assembly assembly = assembler.run(document);
    if (!assembler.problems.isEmpty()) {
      throw new InvalidRegisterException(assembler.problems);
    }
    return assembly;
  }

  private Assembly run(RegisterDocument document) {
    document.sources().forEach(this::source);
    document.entries().forEach(this::entry);
    for (EntryRecord record : document.entries()) {
      Entry entry = entries.get(record.key());
      if (entry != null) {
        for (int i = 0; i < record.claims().size(); i++) {
          claim(entry, record.claims().get(i), "claims[" + i + "]");
        }
      }
    }
    for (EntryRecord record : document.entries()) {
      Entry entry = entries.get(record.key());
      if (entry != null) {
        for (int i = 0; i < record.claims().size(); i++) {
          derivationsAndPreference(entry, record.claims().get(i), "claims[" + i + "]");
        }
      }
    }
    for (EntryRecord record : document.entries()) {
      Entry entry = entries.get(record.key());
      if (entry != null) {
        status(entry, record.status());
      }
    }
    return new Assembly(List.copyOf(sources.values()), List.copyOf(entries.values()));
  }

  private void source(SourceRecord r) {
    String where = "source '" + r.key() + "'";
    if (r.key() != null && sources.containsKey(r.key())) {
      problems.add(new ImportProblem(where, "key", "appears twice"));
      return;
    }
    Source source =
        attempt(
            where,
            "key",
            () ->
                new Source(
                    r.key(),
                    Enums.parse(SourceKind.class, r.kind(), "kind"),
                    r.title(),
                    r.language()));
    if (source == null) {
      return;
    }
    source.attributedTo(r.outlet(), r.author());
    TimeSpan published = time(r.published(), where, "published");
    source.publishedOn(published, r.publishedNote());
    LocalDate retrieved =
        r.retrieved() == null ? null : attempt(where, "retrieved", () -> date(r.retrieved()));
    source.locatedAt(r.url(), r.file(), retrieved);
    sources.put(r.key(), source);
  }

  private void entry(EntryRecord r) {
    String where = "entry '" + r.key() + "'";
    if (r.key() != null && entries.containsKey(r.key())) {
      problems.add(new ImportProblem(where, "key", "appears twice"));
      return;
    }
    EntryType type = attempt(where, "type", () -> Enums.parse(EntryType.class, r.type(), "type"));
    LocalizedName name = names(r, type, where);
    if (type == null || name == null) {
      return;
    }
    for (String attribute : r.attributes().keySet()) {
      if (!EntryFactory.attributesOf(type).contains(attribute)) {
        problems.add(
            new ImportProblem(
                where, "attributes." + attribute, "is not an attribute of a " + type.slug()));
      }
    }
    Entry entry =
        attempt(
            where, "attributes", () -> EntryFactory.create(type, r.key(), name, r.attributes()));
    if (entry != null) {
      entries.put(r.key(), entry);
    }
  }

  private LocalizedName names(EntryRecord r, EntryType type, String where) {
    Map<String, String> names = r.names();
    for (String language : names.keySet()) {
      if (!LANGUAGES.contains(language)) {
        problems.add(
            new ImportProblem(where, "names." + language, "names are given in en, ru and zh only"));
      }
    }
    if (type == EntryType.COUNTRY || type == EntryType.SECTOR) {
      for (String language : List.of("ru", "zh")) {
        if (names.get(language) == null || names.get(language).isBlank()) {
          problems.add(
              new ImportProblem(
                  where, "names." + language, "a " + type.slug() + " is named in en, ru and zh"));
        }
      }
    }
    return attempt(
        where,
        "names.en",
        () -> new LocalizedName(names.get("en"), names.get("ru"), names.get("zh")));
  }

  private void claim(Entry entry, ClaimRecord r, String path) {
    String where = "entry '" + entry.key() + "'";
    if (r.key() != null && claims.containsKey(r.key())) {
      problems.add(
          new ImportProblem(where, path + ".key", "claim key '" + r.key() + "' appears twice"));
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
            path,
            () -> entry.addClaim(r.key(), r.property(), value, when, r.asStated(), kind, r.note()));
    if (claim == null) {
      return;
    }
    claims.put(r.key(), claim);
    if (kind == ClaimKind.DERIVED && !r.citations().isEmpty()) {
      problems.add(
          new ImportProblem(
              where,
              path + ".citations",
              "a DERIVED claim rests on derivedFrom, not on citations"));
      return;
    }
    for (int i = 0; i < r.citations().size(); i++) {
      CitationRecord c = r.citations().get(i);
      String field = path + ".citations[" + i + "]";
      Source source = sources.get(c.source());
      if (source == null) {
        problems.add(
            new ImportProblem(
                where, field + ".source", "no source '" + c.source() + "' in the document"));
      } else {
        attempt(where, field + ".excerpt", () -> claim.cite(source, c.excerpt()));
      }
    }
  }

  private void derivationsAndPreference(Entry entry, ClaimRecord r, String path) {
    Claim claim = claims.get(r.key());
    if (claim == null || claim.entry() != entry) {
      return;
    }
    String where = "entry '" + entry.key() + "'";
    for (int i = 0; i < r.derivedFrom().size(); i++) {
      Claim origin = claims.get(r.derivedFrom().get(i));
      String field = path + ".derivedFrom[" + i + "]";
      if (origin == null) {
        problems.add(
            new ImportProblem(
                where, field, "no claim '" + r.derivedFrom().get(i) + "' in the document"));
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
      Claim alreadyPreferred =
          entry.claims().stream()
              .filter(c -> c != claim && c.isPreferred() && c.isAboutTheSameAs(claim))
              .findFirst()
              .orElse(null);
      if (alreadyPreferred != null) {
        problems.add(
            new ImportProblem(
                where,
                path + ".preferred",
                "claim '"
                    + alreadyPreferred.key()
                    + "' about the same thing is preferred already"));
      } else {
        entry.prefer(claim);
      }
    }
  }

  private void status(Entry entry, String statusName) {
    String where = "entry '" + entry.key() + "'";
    EntryStatus status =
        attempt(where, "status", () -> Enums.parse(EntryStatus.class, statusName, "status"));
    if (status == null) {
      return;
    }
    attempt(
        where,
        "status",
        () -> {
          switch (status) {
            case DRAFT -> {}
            case IN_REVIEW -> entry.submitForReview();
            case PUBLISHED -> entry.publish();
            case ARCHIVED -> entry.archive();
          }
          return entry;
        });
  }

  private ClaimValue value(ValueRecord v, String where, String path) {
    if (v == null) {
      problems.add(new ImportProblem(where, path, "a claim needs a value"));
      return null;
    }
    int kinds =
        (v.text() != null ? 1 : 0)
            + (v.entry() != null ? 1 : 0)
            + (v.amount() != null ? 1 : 0)
            + (v.time() != null ? 1 : 0)
            + (v.code() != null ? 1 : 0);
    if (kinds != 1) {
      problems.add(
          new ImportProblem(
              where, path, "a value is exactly one of text, entry, amount, time or code"));
      return null;
    }
    if (v.entry() != null) {
      Entry target = entries.get(v.entry());
      if (target == null) {
        problems.add(
            new ImportProblem(
                where, path + ".entry", "no entry '" + v.entry() + "' in the document"));
        return null;
      }
      return ClaimValue.entry(target);
    }
    if (v.amount() != null) {
      BigDecimal amount;
      try {
        amount = new BigDecimal(v.amount());
      } catch (NumberFormatException e) {
        problems.add(
            new ImportProblem(where, path + ".amount", "'" + v.amount() + "' is not a number"));
        return null;
      }
      Unit unit = attempt(where, path + ".unit", () -> Enums.parse(Unit.class, v.unit(), "unit"));
      Bound bound =
          attempt(where, path + ".bound", () -> Enums.parse(Bound.class, v.bound(), "bound"));
      return unit == null || bound == null ? null : ClaimValue.amount(amount, unit, bound);
    }
    if (v.time() != null) {
      TimeSpan time = time(v.time(), where, path + ".time");
      return time == null ? null : ClaimValue.time(time);
    }
    if (v.code() != null) {
      return attempt(where, path + ".code", () -> ClaimValue.code(v.code()));
    }
    return attempt(where, path + ".text", () -> ClaimValue.text(v.text()));
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
        : attempt(where, path, () -> new TimeSpan(t.start(), t.end(), precision));
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date (YYYY-MM-DD)");
    }
  }

  /** Runs a step of the assembly; a rule it breaks becomes a problem at that place. */
  private <T> T attempt(String where, String field, Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      problems.add(new ImportProblem(where, field, e.getMessage()));
      return null;
    }
  }
}
