package org.silkway.reports.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.silkway.core.actor.Actor;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ValueKind;
import org.silkway.core.document.Document;
import org.silkway.core.entry.Entry;
import org.silkway.core.event.Event;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.i18n.Language;
import org.silkway.core.indicator.Indicator;
import org.silkway.reports.brief.model.Block;
import org.silkway.reports.brief.model.Section;

/**
 * The sections every kind of brief shares, each built from the entries in scope and left out when
 * it would be empty: relations and mechanisms, events and what they produced, documents, indicators
 * (with a chart for every series of two or more points), statements, corridors, other powers. Each
 * prints every published claim of the entries it shows (docs/brief-coverage.md): what a line or a
 * table does not hold follows it as paragraphs and labelled facts.
 */
final class Sections {

  /** Texts printed as paragraphs of their own; other texts (a route) are labelled facts. */
  private static final List<String> TEXT_PROPERTIES = List.of("description", "content");

  /** What the documents table and its content paragraphs print of a document. */
  private static final Set<String> DOCUMENT_COLUMNS =
      Set.of("signed", "signed-at", "party", "status", "content");

  private final BriefWords words;

  Sections(BriefWords words) {
    this.words = words;
  }

  static Optional<Section> section(String anchor, String heading, List<Block> blocks) {
    return blocks.isEmpty() ? Optional.empty() : Optional.of(new Section(anchor, heading, blocks));
  }

  /**
   * The value a group of claims about one thing shows: the representative's ({@link
   * BriefWords#representative}), which every claim worded the same way shares, since sources that
   * agree print as one value. Those that say something else are printed where sources differ.
   */
  static String shown(BriefWords words, List<Claim> group) {
    Claim representative = BriefWords.representative(group);
    String text = words.value(representative);
    for (Claim claim : group) {
      words.value(claim);
    }
    return text;
  }

  Optional<Section> titled(String anchor, List<Block> blocks) {
    return section(anchor, words.word("brief.section." + anchor), blocks);
  }

  /**
   * An entry described: its texts as paragraphs, then every other claim as a labelled fact (values
   * of a multi-valued property together: "Shares a border with: China, Uzbekistan").
   */
  List<Block> describe(Entry entry) {
    return describe(entry, Set.of());
  }

  /**
   * An entry described as {@link #describe(Entry)} does, leaving out the properties another part of
   * the brief already prints for it ({@code shown}: a table's columns, an event's date line).
   */
  List<Block> describe(Entry entry, Set<String> shown) {
    List<Block> blocks = new ArrayList<>();
    List<Claim> claims = PublishedRegister.claimsOf(entry);
    for (Claim claim : claims) {
      if (!shown.contains(claim.property())
          && TEXT_PROPERTIES.contains(claim.property())
          && claim.value().kind() == ValueKind.TEXT) {
        blocks.add(paragraph(claim));
      }
    }
    List<String> done = new ArrayList<>(TEXT_PROPERTIES);
    done.addAll(shown);
    for (Claim claim : claims) {
      if (done.contains(claim.property())) {
        continue;
      }
      done.add(claim.property());
      List<Claim> group = entry.claimsAbout(claim.property());
      blocks.add(labelled(words.label(claim.property()), group));
    }
    return blocks;
  }

  /** A text as a paragraph, its kind mark ("forecast") beside it. */
  private Block.Paragraph paragraph(Claim claim) {
    return new Block.Paragraph(words.value(claim), words.mark(claim), words.sources(claim));
  }

  /**
   * Claims of entries outside the brief's scope that name its subject, each entry's grouped by
   * property: "Kazakhstan — Shares a border with: China" in China's brief.
   */
  List<Block> namedBy(List<Claim> claims) {
    Map<Entry, Map<String, List<Claim>>> byEntry = new LinkedHashMap<>();
    for (Claim claim : claims) {
      byEntry
          .computeIfAbsent(claim.entry(), e -> new LinkedHashMap<>())
          .computeIfAbsent(claim.property(), p -> new ArrayList<>())
          .add(claim);
    }
    List<Block> blocks = new ArrayList<>();
    byEntry.forEach(
        (entry, groups) ->
            groups.forEach(
                (property, group) -> {
                  Block.Fact fact = labelled(words.label(property), group);
                  blocks.add(
                      new Block.Fact(
                          words.name(entry),
                          fact.label() + ": " + fact.value(),
                          fact.mark(),
                          fact.sources()));
                }));
    return blocks;
  }

  /**
   * What an entry has beyond what a table prints of it, under a line naming it ("Project: ...");
   * empty when the table says everything.
   */
  List<Block> beyond(Entry entry, Set<String> shown, List<Block> more) {
    List<Block> blocks = new ArrayList<>(more);
    blocks.addAll(describe(entry, shown));
    if (blocks.isEmpty()) {
      return blocks;
    }
    blocks.add(
        0, new Block.Fact(words.vocabulary().type(entry.type()), words.name(entry), "", List.of()));
    return blocks;
  }

  /**
   * Several claims about one property as one fact: values joined, every source kept. A value that a
   * source states as fact is printed once, without the marks of the sources that forecast it
   * ("Kazakhstan", not "Kazakhstan; Kazakhstan (forecast)").
   */
  Block.Fact labelled(String label, List<Claim> group) {
    if (group.size() == 1) {
      return words.fact(label, group.get(0));
    }
    Map<String, List<String>> marks = new LinkedHashMap<>();
    for (Claim claim : group) {
      String period = words.period(claim);
      String value = words.value(claim) + (period.isEmpty() ? "" : ", " + period);
      List<String> of = marks.computeIfAbsent(value, v -> new ArrayList<>());
      String mark = words.mark(claim);
      if (!of.contains(mark)) {
        of.add(mark);
      }
    }
    List<String> values = new ArrayList<>();
    marks.forEach(
        (value, of) ->
            values.add(of.contains("") ? value : value + " (" + String.join(", ", of) + ")"));
    return new Block.Fact(label, String.join("; ", values), "", words.sources(group));
  }

  /** A named entry and what it says, as a heading line then its description. */
  List<Block> named(Entry entry) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Fact(words.vocabulary().type(entry.type()), words.name(entry), "", List.of()));
    blocks.addAll(describe(entry));
    return blocks;
  }

  /** Events in date order: the date, name and place, then everything else sources say of them. */
  List<Block> events(List<Event> events) {
    List<Block> blocks = new ArrayList<>();
    for (Event event : events.stream().sorted(Comparator.comparing(this::heldSortKey)).toList()) {
      List<Claim> held = event.claimsAbout("held");
      String date =
          held.isEmpty()
              ? words.vocabulary().type(event.type())
              : words.withDifference(shown(words, held), held);
      Set<String> shown = new HashSet<>(Set.of("held", "place"));
      List<Claim> where = new ArrayList<>(event.claimsAbout("place"));
      if (where.isEmpty()) {
        where.addAll(event.claimsAbout("located-in"));
        shown.add("located-in");
      }
      String place = where.isEmpty() ? "" : ", " + shown(words, where);
      if (namesItsPlace(event, where)) {
        // "Second China–Central Asia Summit (Astana, June 2025)": the name, in the brief's
        // language, says where already; the place after it would repeat it, in English.
        place = "";
      }
      List<Claim> dated = new ArrayList<>(held);
      dated.addAll(where);
      blocks.add(new Block.Fact(date, words.name(event) + place, "", words.sources(dated)));
      for (String property : List.of("agenda", "outcome")) {
        List<Claim> group = event.claimsAbout(property);
        if (!group.isEmpty()) {
          blocks.add(labelled(words.label(property), group));
        }
        shown.add(property);
      }
      blocks.addAll(describe(event, shown));
    }
    return blocks;
  }

  /** Whether the event's English name holds its place as sources state it ("Astana"). */
  private static boolean namesItsPlace(Event event, List<Claim> where) {
    Claim place = where.isEmpty() ? null : BriefWords.representative(where);
    return place != null
        && place.value().text() != null
        && event.name().in(Language.EN).contains(place.value().text());
  }

  private String heldSortKey(Event event) {
    return event.claimsAbout("held").stream()
            .map(c -> c.value().time().earliest().toString())
            .min(String::compareTo)
            .orElse("9999")
        + event.key();
  }

  /**
   * A table column of two fields stacked in each cell, one above the other, either of which may be
   * empty; its header names only the fields some row fills ("Cost / Length", or "Cost" when no row
   * has a length), so that a reader never looks for a field no row gives.
   */
  static final class StackedColumn {
    private final String upperName;
    private final String lowerName;
    private boolean upperFilled;
    private boolean lowerFilled;

    StackedColumn(String upperName, String lowerName) {
      this.upperName = upperName;
      this.lowerName = lowerName;
    }

    /** The cell: both fields on two lines, or the one that is filled. */
    String cell(String upper, String lower) {
      boolean hasUpper = upper != null && !upper.isBlank();
      boolean hasLower = lower != null && !lower.isBlank();
      upperFilled |= hasUpper;
      lowerFilled |= hasLower;
      if (hasUpper && hasLower) {
        return upper + "\n" + lower;
      }
      return hasUpper ? upper : hasLower ? lower : "";
    }

    /** Asked once every row's cell is made. */
    String header() {
      if (upperFilled == lowerFilled) {
        return upperName + " / " + lowerName;
      }
      return upperFilled ? upperName : lowerName;
    }
  }

  /** Documents as a table: name, type, date, where signed, parties, status. */
  List<Block> documents(List<Document> documents) {
    if (documents.isEmpty()) {
      return List.of();
    }
    // Date and place stacked in one column: five columns wide enough for every language's words.
    StackedColumn signed =
        new StackedColumn(words.word("brief.document.date"), words.word("brief.document.place"));
    List<Block.Row> rows = new ArrayList<>();
    for (Document document : documents) {
      rows.add(
          new Block.Row(
              List.of(
                  words.name(document),
                  words.word("documentType." + document.documentType().name()),
                  signed.cell(values(document, "signed"), values(document, "signed-at")),
                  values(document, "party"),
                  values(document, "status")),
              words.sources(PublishedRegister.claimsOf(document))));
    }
    List<String> headers =
        List.of(
            words.word("brief.document.name"),
            words.word("brief.document.type"),
            signed.header(),
            words.word("brief.document.parties"),
            words.word("brief.document.status"));
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.Table.ofFilledColumns(headers, rows));
    for (Document document : documents) {
      for (Claim content : document.claimsAbout("content")) {
        blocks.add(
            new Block.Paragraph(
                words.name(document) + ": " + words.value(content),
                words.mark(content),
                words.sources(content)));
      }
    }
    for (Document document : documents) {
      blocks.addAll(beyond(document, DOCUMENT_COLUMNS, List.of()));
    }
    return blocks;
  }

  /** Each indicator's observations by period, and a chart where there are two periods or more. */
  List<Block> indicators(List<Indicator> indicators) {
    List<Block> blocks = new ArrayList<>();
    for (Indicator indicator : indicators) {
      List<List<Claim>> series = IndicatorSeries.byPeriod(indicator);
      List<Block.Bar> bars = new ArrayList<>();
      for (List<Claim> point : series) {
        Claim shown = BriefWords.representative(point);
        String value = words.withDifference(shown(words, point), point);
        String period = words.period(shown);
        blocks.add(
            new Block.Fact(
                words.name(indicator) + (period.isEmpty() ? "" : ", " + period),
                value,
                words.mark(shown),
                words.sources(point)));
        if (shown.value().amount() != null && !period.isEmpty()) {
          bars.add(new Block.Bar(period, shown.value().amount().doubleValue(), words.value(shown)));
        }
      }
      blocks.addAll(describe(indicator, Set.of("observation")));
      if (bars.size() >= 2) {
        String title =
            indicator.key().equals(IndicatorSeries.TRADE)
                ? words.word("brief.chart.tradeSeries")
                : words.name(indicator);
        blocks.add(new Block.Chart(title, words.vocabulary().unit(indicator.unit()), bars));
      }
    }
    return blocks;
  }

  /**
   * What officials and experts said: quoted, attributed (name, positions, affiliations), dated; who
   * said nothing quotable is still named with what they are.
   */
  List<Block> statements(List<Actor> actors) {
    List<Block> blocks = new ArrayList<>();
    List<Block> quiet = new ArrayList<>();
    for (Actor actor : actors) {
      String what = attribution(actor);
      List<Claim> about = new ArrayList<>(actor.claimsAbout("position"));
      about.addAll(actor.claimsAbout("affiliation"));
      List<Claim> said = actor.claimsAbout("said");
      if (said.isEmpty() && !what.isEmpty()) {
        quiet.add(new Block.Fact(words.name(actor), what, "", words.sources(about)));
      }
      String attribution = what.isEmpty() ? words.name(actor) : words.name(actor) + ", " + what;
      for (Claim quote : said) {
        String date = words.period(quote);
        if (date.isEmpty()
            && !quote.citations().isEmpty()
            && quote.citations().get(0).source().published() != null) {
          date = words.time(quote.citations().get(0).source().published());
        }
        blocks.add(
            new Block.Quote(
                words.value(quote), attribution, date, words.mark(quote), words.sources(quote)));
      }
      (said.isEmpty() ? quiet : blocks)
          .addAll(describe(actor, Set.of("position", "affiliation", "said")));
    }
    blocks.addAll(quiet);
    return blocks;
  }

  /**
   * "Spokesperson of the Chinese Foreign Ministry": the positions, then each affiliation the
   * positions do not already name, in brackets.
   */
  private String attribution(Actor actor) {
    List<String> positions = new ArrayList<>();
    actor.claimsAbout("position").forEach(c -> positions.add(words.value(c)));
    String text = String.join("; ", positions);
    List<String> others = new ArrayList<>();
    for (Claim affiliation : actor.claimsAbout("affiliation")) {
      String name = words.value(affiliation);
      if (!text.contains(name) && !others.contains(name)) {
        others.add(name);
      }
    }
    if (others.isEmpty()) {
      return text;
    }
    String bracketed = "(" + String.join(", ", others) + ")";
    return text.isEmpty() ? String.join(", ", others) : text + " " + bracketed;
  }

  /** Entries listed one after another with their descriptions: corridors, powers, mechanisms. */
  List<Block> list(List<? extends Entry> entries) {
    List<Block> blocks = new ArrayList<>();
    entries.forEach(entry -> blocks.addAll(named(entry)));
    return blocks;
  }

  private String values(Entry entry, String property) {
    List<String> values = new ArrayList<>();
    for (Claim claim : entry.claimsAbout(property)) {
      values.add(words.value(claim));
    }
    return words.cellList(values);
  }
}
