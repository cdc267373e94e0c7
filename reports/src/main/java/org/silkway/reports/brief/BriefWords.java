package org.silkway.reports.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.claim.ClaimValue;
import org.silkway.core.claim.Disagreement;
import org.silkway.core.entry.Entry;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.i18n.Formats;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.Vocabulary;
import org.silkway.core.source.Source;
import org.silkway.core.time.TimeSpan;
import org.silkway.reports.brief.model.Block;
import org.silkway.reports.brief.model.PageLabels;
import org.silkway.reports.brief.model.SourceEntry;

/**
 * How the register reads in one brief: names in the brief's language (English, marked, where a
 * translation is missing), values with their bounds and units, kind marks, the source numbers of
 * every claim, and the note that a text keeps its source's language. Every section of every brief
 * words claims through here, so a figure reads the same wherever it appears.
 */
final class BriefWords {

  private final PublishedRegister register;
  private final Language language;
  private final Vocabulary vocabulary;
  private final Formats formats;
  private final SourceNumbers numbers = new SourceNumbers();

  /** Every claim whose value this brief has worded: what the coverage test checks it printed. */
  private final Set<Claim> worded = new HashSet<>();

  BriefWords(PublishedRegister register, Language language) {
    this.register = register;
    this.language = language;
    this.vocabulary = Vocabulary.of(language);
    this.formats = Formats.of(language);
  }

  /**
   * Values listed in one table cell: one after another, or in Chinese one to a line, since a
   * Chinese line may end between any two characters and a name stays whole only on a line of its
   * own ("乌兹别克斯坦", not "乌兹别克斯" and "坦").
   */
  String cellList(List<String> values) {
    return String.join(language == Language.ZH ? "\n" : ", ", values);
  }

  Language language() {
    return language;
  }

  PublishedRegister register() {
    return register;
  }

  String word(String key, Object... args) {
    return args.length == 0 ? vocabulary.word(key) : vocabulary.word(key, args);
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  /** The entry's name in the brief's language, or its English name with a visible mark. */
  /** The name of the published entry with that key (a project's sector, read as a key). */
  String name(String entryKey) {
    return register.entry(entryKey).map(this::name).orElse(entryKey);
  }

  String name(Entry entry) {
    if (entry.name().has(language)) {
      return entry.name().in(language);
    }
    return entry.name().in(Language.EN) + " " + vocabulary.word("brief.fallback.name");
  }

  /**
   * How a claim's value reads: "more than 94.8 billion US dollars", "June 2025", "Under
   * construction".
   */
  String value(Claim claim) {
    worded.add(claim);
    ClaimValue value = claim.value();
    return switch (value.kind()) {
      case TEXT -> text(claim);
      case ENTRY -> name(value.entry());
      case AMOUNT -> formats.amount(value.amount(), value.unit(), value.bound());
      case TIME -> formats.time(value.time());
      case CODE -> vocabulary.code(claim.property(), value.code());
    };
  }

  /** The claims whose values this brief has worded so far. */
  Set<Claim> worded() {
    return Set.copyOf(worded);
  }

  String time(TimeSpan span) {
    return span == null ? "" : formats.time(span);
  }

  String date(LocalDate day) {
    return formats.date(day);
  }

  String label(String property) {
    return vocabulary.property(property);
  }

  /** "approx.", "forecast", "derived from ..."; empty for a stated fact. */
  String mark(Claim claim) {
    if (claim.kind() == ClaimKind.DERIVED && !claim.publicOrigins().isEmpty()) {
      List<String> origins = new ArrayList<>();
      for (Claim origin : claim.publicOrigins()) {
        String period = origin.appliesTo() == null ? "" : " " + time(origin.appliesTo());
        origins.add(name(origin.entry()) + period + ": " + value(origin));
      }
      return vocabulary.word("brief.derivedFrom", String.join("; ", origins));
    }
    return vocabulary.kind(claim.kind());
  }

  /** The period a claim is for ("2024", "June 2025"), or empty. */
  String period(Claim claim) {
    return time(claim.appliesTo());
  }

  /** The numbers of the sources a claim rests on (for a derived claim, those of its origins). */
  List<Integer> sources(Claim claim) {
    TreeSet<Integer> cited = new TreeSet<>();
    collect(claim, cited, 0);
    return List.copyOf(cited);
  }

  List<Integer> sources(Collection<Claim> claims) {
    TreeSet<Integer> cited = new TreeSet<>();
    claims.forEach(claim -> collect(claim, cited, 0));
    return List.copyOf(cited);
  }

  private void collect(Claim claim, TreeSet<Integer> cited, int depth) {
    claim.citations().stream()
        .sorted(java.util.Comparator.comparingInt(c -> c.sortOrder()))
        .forEach(citation -> cited.add(numbers.numberOf(citation.source())));
    if (depth < 8) {
      claim.publicOrigins().forEach(origin -> collect(origin, cited, depth + 1));
    }
  }

  /**
   * A text as readers of this brief read it: the original in its own language, else the reviewed
   * translation, else the original followed by one mark naming its language ("(in English)"), the
   * same in a paragraph, a quotation and a table cell.
   */
  private String text(Claim claim) {
    String original = claim.value().text();
    Optional<String> written =
        claim.citations().stream()
            .min(java.util.Comparator.comparingInt(c -> c.sortOrder()))
            .map(c -> c.source().language());
    if (written.isEmpty() || written.get().equals(language.tag())) {
      return original;
    }
    return claim
        .translationIn(language)
        .orElseGet(
            () ->
                // A Chinese full-width bracket brings its own space.
                original
                    + (language == Language.ZH ? "" : " ")
                    + vocabulary.word("brief.sourceLanguage", written.get()));
  }

  /** The claim as a text paragraph, in the brief's language (see {@link #text}). */
  Block.Paragraph paragraph(Claim claim) {
    return new Block.Paragraph(value(claim), "", sources(claim));
  }

  /** The claim as "label: value" with its period folded into the label. */
  Block.Fact fact(String label, Claim claim) {
    String period = period(claim);
    return new Block.Fact(
        period.isEmpty() ? label : label + ", " + period,
        value(claim),
        mark(claim),
        sources(claim));
  }

  /**
   * The claim a brief shows for something sources may disagree about: the one editors prefer, else
   * the first; {@link #differs} tells whether the others say something else.
   */
  static Claim representative(List<Claim> group) {
    return group.stream().filter(Claim::isPreferred).findFirst().orElse(group.get(0));
  }

  /** Whether sources disagree about this and no value is preferred: the brief must say so. */
  static boolean differs(List<Claim> group) {
    return group.stream().anyMatch(c -> !c.value().sameAs(group.get(0).value()))
        && group.stream().noneMatch(Claim::isPreferred);
  }

  /** "16–18 June 2025 (sources differ)" when they do and nobody chose. */
  String withDifference(String text, List<Claim> group) {
    return differs(group) ? text + " (" + vocabulary.word("brief.sourcesDiffer") + ")" : text;
  }

  /** Every disagreement among the entries' claims, as the brief's "where sources differ". */
  List<Disagreement> disagreements(Collection<? extends Entry> entries) {
    List<Disagreement> all = new ArrayList<>();
    entries.forEach(entry -> all.addAll(entry.disagreements()));
    return all;
  }

  /**
   * The fixed words around a brief's content in its language.
   *
   * @param kindLabel what the masthead calls it ("Country brief", "What changed")
   * @param glanceKey the key of the heading of its box of figures
   */
  PageLabels pageLabels(String kindLabel, String glanceKey, String title) {
    return new PageLabels(
        kindLabel,
        word("brief.registerAsOf"),
        word("brief.edition"),
        vocabulary.languageName(language),
        word(glanceKey),
        word("brief.sources"),
        word("brief.pageOf"),
        word("brief.retrieved"),
        "Silkway · " + kindLabel + " · " + title);
  }

  /**
   * The numbered source list, once every section has cited what it cites. A source's location is
   * its web address, or null when it has none.
   */
  List<SourceEntry> sourceList() {
    List<SourceEntry> entries = new ArrayList<>();
    List<Source> cited = numbers.cited();
    for (int i = 0; i < cited.size(); i++) {
      Source source = cited.get(i);
      entries.add(
          new SourceEntry(
              i + 1,
              source.title(),
              nullToEmpty(source.outlet()),
              nullToEmpty(source.author()),
              source.published() == null
                  ? nullToEmpty(source.publishedNote())
                  : time(source.published()),
              // A source without a web address is described by its title, outlet, author and date:
              // the name of the file it was received as means nothing to a reader.
              source.url(),
              source.retrieved() == null ? "" : date(source.retrieved())));
    }
    return entries;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
