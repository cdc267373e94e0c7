package org.silkway.core.register;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.silkway.core.claim.Citation;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimValue;
import org.silkway.core.entry.Entry;
import org.silkway.core.i18n.Language;
import org.silkway.core.register.RegisterDocument.CitationRecord;
import org.silkway.core.register.RegisterDocument.ClaimRecord;
import org.silkway.core.register.RegisterDocument.EntryRecord;
import org.silkway.core.register.RegisterDocument.SourceRecord;
import org.silkway.core.register.RegisterDocument.TimeRecord;
import org.silkway.core.register.RegisterDocument.ValueRecord;
import org.silkway.core.source.Source;
import org.silkway.core.time.TimeSpan;

/**
 * Writes the published register out as a {@link RegisterDocument}: sources, then entries by key. It
 * maps what the read model ({@code history.PublishedRegister}) hands it and chooses nothing itself,
 * so the export shows exactly what briefs show. Claims, citations and origins are put in their
 * stored order here rather than trusted to come sorted, because entities read back from the audit
 * history come in no particular order.
 */
public final class RegisterExporter {

  private RegisterExporter() {}

  /** The document of these sources and entries, in the order given. */
  public static RegisterDocument document(List<Source> sources, List<Entry> entries) {
    return new RegisterDocument(
        sources.stream().map(RegisterExporter::source).toList(),
        entries.stream().map(RegisterExporter::entry).toList());
  }

  public static SourceRecord source(Source s) {
    return new SourceRecord(
        s.key(),
        s.kind().name(),
        s.title(),
        s.outlet(),
        s.author(),
        time(s.published()),
        s.publishedNote(),
        s.url(),
        s.language(),
        s.retrieved() == null ? null : s.retrieved().toString(),
        s.file());
  }

  public static EntryRecord entry(Entry e) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Language language : Language.values()) {
      if (e.name().has(language)) {
        names.put(language.tag(), e.name().in(language));
      }
    }
    return new EntryRecord(
        e.key(),
        e.type().name(),
        e.status().name(),
        names,
        e.attributes(),
        e.claims().stream()
            .sorted(Comparator.comparingInt(Claim::sortOrder))
            .map(RegisterExporter::claim)
            .toList());
  }

  private static ClaimRecord claim(Claim c) {
    List<CitationRecord> citations =
        c.citations().stream()
            .sorted(Comparator.comparingInt(Citation::sortOrder))
            .map(RegisterExporter::citation)
            .toList();
    return new ClaimRecord(
        c.key(),
        c.property(),
        value(c.value()),
        time(c.appliesTo()),
        c.asStated(),
        c.kind().name(),
        c.isPreferred(),
        c.publicOrigins().stream()
            .sorted(Comparator.comparingInt(Claim::sortOrder).thenComparing(Claim::key))
            .map(Claim::key)
            .toList(),
        c.note(),
        citations,
        translations(c));
  }

  /** The reviewed translations, by language tag. */
  private static Map<String, String> translations(Claim c) {
    Map<String, String> byTag = new java.util.TreeMap<>();
    for (Language language : Language.values()) {
      c.translationIn(language).ifPresent(text -> byTag.put(language.tag(), text));
    }
    return byTag;
  }

  private static CitationRecord citation(Citation c) {
    return new CitationRecord(c.source().key(), c.excerpt());
  }

  private static ValueRecord value(ClaimValue v) {
    return switch (v.kind()) {
      case TEXT -> new ValueRecord(v.text(), null, null, null, null, null, null);
      case ENTRY -> new ValueRecord(null, v.entry().key(), null, null, null, null, null);
      case AMOUNT ->
          new ValueRecord(
              null,
              null,
              v.amount().toPlainString(),
              v.unit().name(),
              v.bound().name(),
              null,
              null);
      case TIME -> new ValueRecord(null, null, null, null, null, time(v.time()), null);
      case CODE -> new ValueRecord(null, null, null, null, null, null, v.code());
    };
  }

  private static TimeRecord time(TimeSpan t) {
    return t == null ? null : new TimeRecord(t.start(), t.end(), t.precision().name());
  }
}
