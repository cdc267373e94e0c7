package org.silkway.reports.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.silkway.core.actor.Actor;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ValueKind;
import org.silkway.core.document.Document;
import org.silkway.core.entry.Entry;
import org.silkway.core.event.Event;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.indicator.Indicator;
import org.silkway.reports.brief.model.Block;
import org.silkway.reports.brief.model.Section;

/**
 * The sections every kind of brief shares, each built from the entries in scope and left out when
 * it would be empty: relations and mechanisms, events and what they produced, documents, indicators
 * (with a chart for every series of two or more points), statements, corridors, other powers.
 */
final class Sections {

  private static final List<String> TEXT_PROPERTIES = List.of("description", "content", "route");

  private final BriefWords words;

  Sections(BriefWords words) {
    this.words = words;
  }

  static Optional<Section> section(String anchor, String heading, List<Block> blocks) {
    return blocks.isEmpty() ? Optional.empty() : Optional.of(new Section(anchor, heading, blocks));
  }

  Optional<Section> titled(String anchor, List<Block> blocks) {
    return section(anchor, words.word("brief.section." + anchor), blocks);
  }

  /**
   * An entry described: its texts as paragraphs, then every other claim as a labelled fact (values
   * of a multi-valued property together: "Shares a border with: China, Uzbekistan").
   */
  List<Block> describe(Entry entry) {
    List<Block> blocks = new ArrayList<>();
    List<Claim> claims = PublishedRegister.claimsOf(entry);
    for (Claim claim : claims) {
      if (TEXT_PROPERTIES.contains(claim.property()) && claim.value().kind() == ValueKind.TEXT) {
        blocks.add(words.paragraph(claim));
      }
    }
    List<String> done = new ArrayList<>(TEXT_PROPERTIES);
    done.add("said");
    done.add("observation");
    done.add("stage");
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

  /** Several claims about one property as one fact: values joined, every source kept. */
  Block.Fact labelled(String label, List<Claim> group) {
    if (group.size() == 1) {
      return words.fact(label, group.get(0));
    }
    List<String> values = new ArrayList<>();
    for (Claim claim : group) {
      String mark = words.mark(claim);
      String period = words.period(claim);
      String value = words.value(claim) + (period.isEmpty() ? "" : ", " + period);
      value = mark.isEmpty() ? value : value + " (" + mark + ")";
      if (!values.contains(value)) {
        values.add(value);
      }
    }
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

  /** Events in date order: the date, name and place, then agenda and outcomes. */
  List<Block> events(List<Event> events) {
    List<Block> blocks = new ArrayList<>();
    for (Event event : events.stream().sorted(Comparator.comparing(this::heldSortKey)).toList()) {
      List<Claim> held = event.claimsAbout("held");
      String date =
          held.isEmpty()
              ? words.vocabulary().type(event.type())
              : words.withDifference(words.value(BriefWords.representative(held)), held);
      List<Claim> where = new ArrayList<>(event.claimsAbout("place"));
      if (where.isEmpty()) {
        where.addAll(event.claimsAbout("located-in"));
      }
      String place = where.isEmpty() ? "" : ", " + words.value(BriefWords.representative(where));
      List<Claim> dated = new ArrayList<>(held);
      dated.addAll(where);
      blocks.add(new Block.Fact(date, words.name(event) + place, "", words.sources(dated)));
      for (String property : List.of("agenda", "outcome")) {
        List<Claim> group = event.claimsAbout(property);
        if (!group.isEmpty()) {
          blocks.add(labelled(words.label(property), group));
        }
      }
    }
    return blocks;
  }

  private String heldSortKey(Event event) {
    return event.claimsAbout("held").stream()
            .map(c -> c.value().time().earliest().toString())
            .min(String::compareTo)
            .orElse("9999")
        + event.key();
  }

  /** Documents as a table: name, type, date, where signed, parties, status. */
  List<Block> documents(List<Document> documents) {
    if (documents.isEmpty()) {
      return List.of();
    }
    List<String> headers =
        List.of(
            words.word("brief.document.name"),
            words.word("brief.document.type"),
            words.word("brief.document.date"),
            words.word("brief.document.place"),
            words.word("brief.document.parties"),
            words.word("brief.document.status"));
    List<Block.Row> rows = new ArrayList<>();
    for (Document document : documents) {
      rows.add(
          new Block.Row(
              List.of(
                  words.name(document),
                  words.word("documentType." + document.documentType().name()),
                  values(document, "signed"),
                  values(document, "signed-at"),
                  values(document, "party"),
                  values(document, "status")),
              words.sources(PublishedRegister.claimsOf(document))));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Table(headers, rows));
    for (Document document : documents) {
      for (Claim content : document.claimsAbout("content")) {
        blocks.add(
            new Block.Paragraph(
                words.name(document) + ": " + words.value(content),
                words.sourceLanguageNote(content),
                words.sources(content)));
      }
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
        String value = words.withDifference(words.value(shown), point);
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

  /** What officials and experts said: quoted, attributed, dated. */
  List<Block> statements(List<Actor> actors) {
    List<Block> blocks = new ArrayList<>();
    for (Actor actor : actors) {
      String attribution = words.name(actor);
      List<Claim> positions = actor.claimsAbout("position");
      if (!positions.isEmpty()) {
        attribution += ", " + words.value(positions.get(0));
      }
      for (Claim said : actor.claimsAbout("said")) {
        String date = words.period(said);
        if (date.isEmpty()
            && !said.citations().isEmpty()
            && said.citations().get(0).source().published() != null) {
          date = words.time(said.citations().get(0).source().published());
        }
        blocks.add(
            new Block.Quote(
                words.value(said),
                attribution,
                date,
                words.sourceLanguageNote(said),
                words.sources(said)));
      }
    }
    return blocks;
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
    return String.join(", ", values);
  }
}
