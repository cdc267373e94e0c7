package org.silkway.reports.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.silkway.core.claim.Claim;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.ScopeChanges.ClaimChange;
import org.silkway.reports.brief.ScopeChanges.EntryChanges;
import org.silkway.reports.brief.ScopeChanges.Kind;
import org.silkway.reports.brief.model.Block;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.brief.model.Figure;
import org.silkway.reports.brief.model.PageLabels;
import org.silkway.reports.brief.model.Section;

/**
 * "What changed since": what was published about a brief's subject between two days, as a brief of
 * its own printed by the same template. One section per changed entry; each change shows the value
 * before and the value now, each with its source's wording and its sources, and what happened
 * (corrected, added, retracted, sources changed). The sources are numbered and listed at the end as
 * in every brief, so a change reads with the evidence on both sides.
 */
public final class ChangesAssembler {

  private ChangesAssembler() {}

  /**
   * One change as a reader reads it, in a language: for the JSON and Atom lists of changes.
   *
   * @param kind {@code corrected}, {@code added}, {@code retracted} or {@code sources}
   * @param before the value before, worded; empty when there was none
   * @param after the value now, worded; empty when there is none
   */
  public record Change(
      String entry,
      String entryName,
      String kind,
      String property,
      String label,
      String before,
      String after) {}

  /**
   * @param before the register readers saw before {@code since}; empty before the history starts
   * @return empty when neither register has the subject
   */
  public static Optional<Brief> assemble(
      PublishedRegister before,
      PublishedRegister after,
      BriefSubject subject,
      Language language,
      String editionId,
      LocalDate since,
      LocalDate until) {
    Optional<PublishedRegister> named = namingRegister(before, after, subject);
    if (named.isEmpty()) {
      return Optional.empty();
    }
    List<EntryChanges> changed = ScopeChanges.of(before, after, subject);
    BriefWords words = new BriefWords(after, language);
    String title = BriefAssembler.title(named.get(), subject, language);
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < changed.size(); i++) {
      sections.add(section(i, changed.get(i), words));
    }
    if (sections.isEmpty()) {
      sections.add(
          new Section(
              "no-changes",
              words.word("changes.none.heading"),
              List.of(
                  new Block.Paragraph(
                      words.word("changes.none", title, words.date(since), words.date(until)),
                      "",
                      List.of()))));
    }
    String kindLabel = words.word("changes.kind");
    PageLabels labels = words.pageLabels(kindLabel, "changes.summary", title);
    return Optional.of(
        new Brief(
            subject,
            language,
            title,
            words.word("changes.role", words.date(since), words.date(until)),
            words.date(until),
            editionId,
            labels,
            glance(changed, words),
            sections,
            words.sourceList()));
  }

  /** The changes worded in a language, entry by entry: what the JSON and the feed list. */
  public static List<Change> worded(
      PublishedRegister before, PublishedRegister after, BriefSubject subject, Language language) {
    BriefWords words = new BriefWords(after, language);
    List<Change> worded = new ArrayList<>();
    for (EntryChanges entry : ScopeChanges.of(before, after, subject)) {
      for (ClaimChange change : entry.changes()) {
        Claim claim = change.either();
        worded.add(
            new Change(
                entry.entry().key(),
                words.name(entry.entry()),
                change.kind().name().toLowerCase(Locale.ROOT),
                claim.property(),
                label(claim, words),
                change.before() == null ? "" : words.value(change.before()),
                change.after() == null ? "" : words.value(change.after())));
      }
    }
    return worded;
  }

  /** The register that names the subject: now, or before when it has left the register since. */
  private static Optional<PublishedRegister> namingRegister(
      PublishedRegister before, PublishedRegister after, BriefSubject subject) {
    if (BriefScope.of(after, subject).isPresent()) {
      return Optional.of(after);
    }
    return BriefScope.of(before, subject).map(scope -> before);
  }

  private static Section section(int index, EntryChanges entry, BriefWords words) {
    List<Block> blocks = new ArrayList<>();
    for (ClaimChange change : entry.changes()) {
      List<Block.Alternative> values = new ArrayList<>();
      if (change.before() != null) {
        values.add(alternative(change.before(), words.word("changes.before"), words));
      }
      if (change.after() != null) {
        values.add(alternative(change.after(), words.word("changes.now"), words));
      }
      blocks.add(
          new Block.Difference(
              label(change.either(), words),
              values,
              words.word("changes.verdict." + change.kind().name())));
    }
    String heading =
        words.name(entry.entry()) + " · " + words.vocabulary().type(entry.entry().type());
    return new Section("change-" + (index + 1), heading, blocks);
  }

  private static Block.Alternative alternative(Claim claim, String mark, BriefWords words) {
    return new Block.Alternative(
        words.value(claim),
        claim.asStated() == null ? "" : claim.asStated(),
        mark,
        false,
        words.sources(claim));
  }

  /** "Cost", "Trade with China, 2024": the property's label with the claim's period. */
  private static String label(Claim claim, BriefWords words) {
    String period = words.period(claim);
    return period.isEmpty()
        ? words.label(claim.property())
        : words.label(claim.property()) + ", " + period;
  }

  /** How many claims were corrected, added and retracted, and in how many entries. */
  private static List<Figure> glance(List<EntryChanges> changed, BriefWords words) {
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      counts.put(kind, 0);
    }
    changed.forEach(e -> e.changes().forEach(c -> counts.merge(c.kind(), 1, Integer::sum)));
    List<Figure> figures = new ArrayList<>();
    figures.add(figure(words.word("changes.figure.entries"), changed.size()));
    for (Kind kind : Kind.values()) {
      figures.add(figure(words.word("changes.figure." + kind.name()), counts.get(kind)));
    }
    return figures;
  }

  private static Figure figure(String label, int count) {
    return new Figure(label, Integer.toString(count), "", "", List.of());
  }
}
