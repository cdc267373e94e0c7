package org.silkway.reports.brief;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.silkway.core.claim.Claim;
import org.silkway.core.country.Country;
import org.silkway.core.country.CountryRole;
import org.silkway.core.document.Document;
import org.silkway.core.entry.Entry;
import org.silkway.core.event.Event;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.i18n.Language;
import org.silkway.core.sector.Sector;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.template.BriefRenderer;
import org.silkway.reports.template.CompiledTemplates;

/**
 * Every published claim of the seed register is printed in every brief that the rule of
 * docs/brief-coverage.md names for it, in English: its value as the brief words it is in the text
 * of the rendered PDF (whitespace and line breaks ignored, since table cells wrap), and the brief's
 * assembly worded that very claim, so that a value that happens to be printed for another reason
 * (Kazakhstan's name in Kazakhstan's brief) does not count for a claim the brief left out.
 *
 * <p>The rule is written out here again, from the document rather than from {@link BriefScope}, so
 * that the test checks the briefs against the rule and not against themselves.
 */
class BriefCoverageTest {

  /** The properties that place the entry they are on in a country's or a sector's brief. */
  private static final Set<String> PLACING =
      Set.of(
          "sector",
          "country",
          "located-in",
          "participant",
          "party",
          "member",
          "member-country",
          "agenda");

  private static final Set<CountryRole> FRAMEWORK_ROLES =
      Set.of(CountryRole.CHINA, CountryRole.CENTRAL_ASIAN_STATE);

  /**
   * Claims left out of a brief the rule names for them, as "entry#claim BriefSubject[...]" with the
   * reason. Empty: the seed register has none. The rule's own limits (the framework brief does not
   * repeat the framework countries' own claims; an entry that is not a framework country or a
   * sector has no brief) are part of {@link #briefsNamedFor}, not exceptions.
   */
  private static final Map<String, String> LEFT_OUT = Map.of();

  /** One claim to look for: where it is, how the brief words it, the briefs the rule names. */
  private record Expected(
      String key, String entry, String property, String value, Set<BriefSubject> briefs) {}

  /** A brief as the test reads it: the claims its assembly worded, and its PDF's text. */
  private record Printed(Set<String> claims, String pdfText) {}

  @Test
  void every_published_claim_is_printed_in_every_brief_the_rule_names() throws IOException {
    BriefRenderer renderer = new BriefRenderer(CompiledTemplates.loadedNow());
    List<Expected> expected = new ArrayList<>();
    Map<BriefSubject, Brief> briefs = new LinkedHashMap<>();
    Map<BriefSubject, Set<String>> worded = new HashMap<>();
    try (Persistence db = Persistence.on(TestDatabase.H2)) {
      SeededRegister.importInto(db);
      db.inTransaction(
          em ->
              new RegisterHistory(em)
                  .read(
                      Optional.empty(),
                      register -> {
                        read(register, expected, briefs, worded);
                        return null;
                      }));
    }
    Map<BriefSubject, Printed> printed = new HashMap<>();
    Path kept = Files.createDirectories(Path.of("target", "coverage-briefs"));
    for (Map.Entry<BriefSubject, Brief> brief : briefs.entrySet()) {
      byte[] pdf = renderer.render(brief.getValue());
      BriefSubject subject = brief.getKey();
      Files.write(
          kept.resolve(subject.kind().name().toLowerCase() + "-" + subject.id() + "-en.pdf"), pdf);
      printed.put(subject, new Printed(worded.get(subject), squeezed(pdfText(pdf))));
    }

    int pairs = 0;
    int leftOut = 0;
    List<String> missing = new ArrayList<>();
    for (Expected claim : expected) {
      for (BriefSubject subject : claim.briefs()) {
        if (LEFT_OUT.containsKey(claim.key() + " " + subject)) {
          leftOut++;
          continue;
        }
        pairs++;
        Printed brief = printed.get(subject);
        if (brief == null) {
          missing.add(subject + " has no brief, yet the rule names it for " + claim);
        } else if (!brief.claims().contains(claim.key())) {
          missing.add(subject + " does not word " + describe(claim));
        } else if (!brief.pdfText().contains(squeezed(claim.value()))) {
          missing.add(subject + " worded but does not print " + describe(claim));
        }
      }
    }
    System.out.printf(
        "Brief coverage: %d published claims, %d claim×brief pairs checked in %d English briefs,"
            + " %d left out by the rule, %d missing%n",
        expected.size(), pairs, briefs.size(), leftOut, missing.size());
    LEFT_OUT.forEach((pair, reason) -> System.out.println("  left out: " + pair + ": " + reason));
    missing.forEach(m -> System.out.println("  missing: " + m));
    assertTrue(expected.size() > 200, "the seed register has " + expected.size() + " claims");
    assertTrue(missing.isEmpty(), missing.size() + " missing:\n" + String.join("\n", missing));
  }

  /** Inside the transaction: each published claim and its briefs, and each brief assembled. */
  private static void read(
      PublishedRegister register,
      List<Expected> expected,
      Map<BriefSubject, Brief> briefs,
      Map<BriefSubject, Set<String>> worded) {
    BriefWords words = new BriefWords(register, Language.EN);
    for (Entry entry : register.entries()) {
      for (Claim claim : entry.claims()) {
        expected.add(
            new Expected(
                claim.key(),
                entry.key(),
                claim.property(),
                words.value(claim),
                briefsNamedFor(register, claim)));
      }
    }
    for (BriefSubject subject : BriefAssembler.available(register)) {
      BriefAssembler.Worded brief =
          BriefAssembler.assembleWorded(register, subject, Language.EN, "coverage", null)
              .orElseThrow();
      briefs.put(subject, brief.brief());
      Set<String> keys = new LinkedHashSet<>();
      brief.claims().forEach(c -> keys.add(c.entry().key() + "#" + c.key()));
      worded.put(subject, keys);
    }
    expected.replaceAll(
        e ->
            new Expected(
                e.entry() + "#" + e.key(), e.entry(), e.property(), e.value(), e.briefs()));
  }

  /**
   * The rule: the brief of the entry the claim is on; the brief of a country or sector the claim
   * names; the briefs of the countries and sectors the entry belongs to; the framework brief for
   * every claim that is not on a framework country (those have briefs of their own).
   */
  private static Set<BriefSubject> briefsNamedFor(PublishedRegister register, Claim claim) {
    Set<BriefSubject> briefs = new LinkedHashSet<>();
    Entry on = claim.entry();
    briefOf(on).ifPresent(briefs::add);
    Entry value = claim.value().entry();
    if (value != null && register.isPublished(value)) {
      briefOf(value).ifPresent(briefs::add);
    }
    for (Entry place : placesOf(register, on)) {
      briefOf(place).ifPresent(briefs::add);
    }
    if (!(on instanceof Country country && FRAMEWORK_ROLES.contains(country.role()))) {
      briefs.add(BriefSubject.framework());
    }
    return briefs;
  }

  /**
   * The countries and sectors an entry belongs to: what its placing claims name; for a document,
   * also where the events it was signed at or that produced it belong.
   */
  private static Set<Entry> placesOf(PublishedRegister register, Entry entry) {
    Set<Entry> places = new LinkedHashSet<>();
    for (Claim claim : entry.claims()) {
      Entry named = claim.value().entry();
      if (PLACING.contains(claim.property()) && named != null && register.isPublished(named)) {
        places.add(named);
      }
    }
    if (entry instanceof Document document) {
      for (Claim signedAt : document.claimsAbout("signed-at")) {
        if (register.isPublished(signedAt.value().entry())) {
          places.addAll(placesOf(register, signedAt.value().entry()));
        }
      }
      for (Entry event : register.referrersOf(document)) {
        if (event instanceof Event
            && event.claimsAbout("outcome").stream()
                .anyMatch(
                    c ->
                        c.value().entry() != null
                            && c.value().entry().key().equals(document.key()))) {
          places.addAll(placesOf(register, event));
        }
      }
    }
    return places;
  }

  /** A framework country's or a sector's brief; other entries have none. */
  private static Optional<BriefSubject> briefOf(Entry entry) {
    if (entry instanceof Country country && FRAMEWORK_ROLES.contains(country.role())) {
      return Optional.of(BriefSubject.country(country.code().value()));
    }
    if (entry instanceof Sector sector) {
      return Optional.of(BriefSubject.sector(sector.key().substring("sector/".length())));
    }
    return Optional.empty();
  }

  private static String describe(Expected claim) {
    String value =
        claim.value().length() > 80 ? claim.value().substring(0, 80) + "…" : claim.value();
    return claim.key() + " (" + claim.property() + ": " + value + ")";
  }

  /**
   * The PDF's text without what a paragraph that runs over a page break has in its middle: the page
   * furniture (the running header "SILKWAY · ...", the footer "Register as of ... · Edition ..."
   * and "Page n of m") and the lines of source numbers ("[4]") printed beside it.
   */
  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      StringBuilder text = new StringBuilder();
      for (String line : new PDFTextStripper().getText(document).split("\\R")) {
        String trimmed = line.replaceAll("(\\s*\\[\\d+\\])+\\s*$", "").strip();
        if (!trimmed.startsWith("SILKWAY") && !trimmed.startsWith("Register as of ")) {
          text.append(trimmed).append('\n');
        }
      }
      return text.toString();
    }
  }

  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }
}
