package org.silkway.reports.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.i18n.Language;
import org.silkway.core.register.RegisterDocument;
import org.silkway.core.register.SeedLoader;
import org.silkway.core.register.UnsavedRegister;
import org.silkway.reports.brief.model.Block;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.BriefKind;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.brief.model.Section;

/** What the seed register's briefs say, checked without a database or a PDF. */
class BriefAssemblerTest {

  private static Brief brief(BriefSubject subject, Language language) {
    return BriefAssembler.assemble(SeedBriefs.register(), subject, language, "edition1", null)
        .orElseThrow(() -> new AssertionError("no brief for " + subject));
  }

  private static List<String> anchors(Brief brief) {
    return brief.sections().stream().map(Section::anchor).toList();
  }

  @Test
  void the_register_prints_six_country_briefs_a_brief_per_sector_and_the_framework_brief() {
    List<BriefSubject> subjects = BriefAssembler.available(SeedBriefs.register());

    assertEquals(
        List.of("CN", "KG", "KZ", "TJ", "TM", "UZ"),
        subjects.stream()
            .filter(s -> s.kind() == BriefKind.COUNTRY)
            .map(BriefSubject::id)
            .toList());
    assertEquals(10, subjects.stream().filter(s -> s.kind() == BriefKind.SECTOR).count());
    assertTrue(subjects.contains(BriefSubject.framework()));
  }

  @Test
  void an_external_power_or_an_unknown_subject_has_no_brief() {
    PublishedRegister register = SeedBriefs.register();

    assertEquals(
        Optional.empty(),
        BriefAssembler.assemble(register, BriefSubject.country("RU"), Language.EN, "e", null));
    assertEquals(
        Optional.empty(),
        BriefAssembler.assemble(register, BriefSubject.sector("nothing"), Language.EN, "e", null));
    assertEquals(
        Optional.empty(),
        BriefAssembler.assemble(
            register, new BriefSubject(BriefKind.FRAMEWORK, "x"), Language.EN, "e", null));
  }

  @Test
  void
      the_kazakhstan_brief_holds_its_projects_summit_documents_and_the_summit_dates_sources_give() {
    String text = BriefText.of(brief(BriefSubject.country("KZ"), Language.EN));

    assertTrue(text.contains("China–Kazakhstan oil and gas pipelines"), text);
    assertTrue(text.contains("CNMIEC and JAC stake in Allur Group"), text);
    assertTrue(text.contains("Treaty on Eternal Good-Neighbourliness"), text);
    assertTrue(
        text.contains("Investment from China") && text.contains("26 billion US dollars"), text);
    // The summit's dates: three sources, three values, none preferred; the brief says so.
    assertTrue(text.contains("16–18 June 2025 (sources differ)"), text);
    assertTrue(text.contains("16–17 June 2025") && text.contains("17 June 2025"), text);
    assertTrue(text.contains("No value is preferred: the sources disagree"), text);
    // Projects elsewhere are not the Kazakhstan brief's.
    assertFalse(text.contains("BYD new energy vehicle factory"), text);
  }

  @Test
  void the_transport_brief_shows_the_railway_cost_both_ways_and_its_impossible_lifecycle() {
    Brief brief = brief(BriefSubject.sector("transport"), Language.EN);
    String text = BriefText.of(brief);

    assertTrue(text.contains("China–Kyrgyzstan–Uzbekistan railway"), text);
    assertTrue(text.contains("8 billion US dollars (forecast) (sources differ)"), text);
    assertTrue(text.contains("about 8 billion US dollars"), text);
    assertTrue(text.contains("a planned $8 billion railway project"), "the source's wording");
    assertTrue(text.contains("Sources disagree about this project's lifecycle"), text);
    assertTrue(text.contains("target completion 2030"), text);
  }

  @Test
  void the_framework_brief_charts_trade_by_year_and_keeps_every_bound_and_derivation() {
    Brief brief = brief(BriefSubject.framework(), Language.EN);
    String text = BriefText.of(brief);

    Block.Chart trade =
        blocks(brief, "indicators").stream()
            .filter(Block.Chart.class::isInstance)
            .map(Block.Chart.class::cast)
            .filter(c -> c.title().equals("Trade by year"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no trade chart"));
    assertEquals(
        List.of("2023", "2024", "2025"), trade.bars().stream().map(Block.Bar::label).toList());
    assertTrue(text.contains("more than 89.4 billion US dollars"), text);
    assertTrue(text.contains("derived from China–Central Asia trade volume 2024"), text);
    assertTrue(
        text.contains("more than 100 billion US dollars") && text.contains("forecast"), text);
    assertTrue(text.contains("Preferred by the editors: 94.8 billion US dollars"), text);
    assertTrue(
        anchors(brief)
            .containsAll(
                List.of(
                    "mechanisms",
                    "events",
                    "documents",
                    "projects",
                    "indicators",
                    "corridors",
                    "powers",
                    "differences")),
        anchors(brief).toString());
    assertTrue(
        blocks(brief, "projects").stream().filter(Block.Chart.class::isInstance).count() == 2,
        "projects by stage and by sector");
  }

  @ParameterizedTest
  @EnumSource(BriefKind.class)
  void every_brief_of_a_kind_has_its_sections_in_the_same_order(BriefKind kind) {
    List<String> order =
        switch (kind) {
          case COUNTRY, SECTOR ->
              List.of(
                  "relations",
                  "events",
                  "documents",
                  "projects",
                  "indicators",
                  "statements",
                  "corridors",
                  "differences");
          case FRAMEWORK ->
              List.of(
                  "mechanisms",
                  "organizations",
                  "events",
                  "documents",
                  "projects",
                  "indicators",
                  "statements",
                  "corridors",
                  "powers",
                  "sectors",
                  "differences");
        };
    for (BriefSubject subject : BriefAssembler.available(SeedBriefs.register())) {
      if (subject.kind() == kind) {
        List<String> anchors = anchors(brief(subject, Language.EN));
        assertEquals(
            anchors.stream().sorted(java.util.Comparator.comparingInt(order::indexOf)).toList(),
            anchors,
            subject.toString());
        assertTrue(order.containsAll(anchors), subject + " has an unknown section: " + anchors);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void every_source_number_in_a_brief_points_into_its_source_list_which_cites_nothing_else(
      Language language) {
    for (BriefSubject subject : BriefAssembler.available(SeedBriefs.register())) {
      Brief brief = brief(subject, language);
      TreeSet<Integer> used = new TreeSet<>();
      brief.glance().forEach(f -> used.addAll(f.sources()));
      brief.sections().forEach(s -> s.blocks().forEach(b -> used.addAll(SourceNumbersOf.block(b))));
      TreeSet<Integer> listed = new TreeSet<>();
      brief.sources().forEach(e -> listed.add(e.number()));
      assertEquals(listed, used, subject + " " + language);
    }
  }

  @Test
  void names_are_printed_in_the_briefs_language_and_texts_say_they_keep_their_sources() {
    String ru = BriefText.of(brief(BriefSubject.country("KZ"), Language.RU));
    String zh = BriefText.of(brief(BriefSubject.sector("transport"), Language.ZH));

    assertTrue(ru.contains("Казахстан"), ru);
    assertTrue(zh.contains("中吉乌铁路"), zh);
    assertTrue(zh.contains("80亿美元"), zh);
    assertTrue(
        ru.contains("на английском языке"), "an English text in a Russian brief says so: " + ru);
  }

  @Test
  void a_draft_project_in_kazakhstan_appears_in_no_brief() {
    RegisterDocument seed = SeedLoader.seed();
    List<RegisterDocument.EntryRecord> entries = new ArrayList<>(seed.entries());
    entries.add(
        new RegisterDocument.EntryRecord(
            "project/draft-steppe-line",
            "PROJECT",
            "DRAFT",
            Map.of("en", "Draft Steppe Line", "ru", "Черновая линия", "zh", "草稿线路"),
            Map.of(),
            List.of(
                new RegisterDocument.ClaimRecord(
                    "draft-steppe-line-country",
                    "country",
                    new RegisterDocument.ValueRecord(
                        null, "country/KZ", null, null, null, null, null),
                    null,
                    null,
                    "ACTUAL",
                    false,
                    List.of(),
                    null,
                    List.of(
                        new RegisterDocument.CitationRecord(
                            seed.sources().get(0).key(), "a draft excerpt"))))));
    UnsavedRegister withDraft = UnsavedRegister.of(new RegisterDocument(seed.sources(), entries));
    PublishedRegister register = PublishedRegister.of(SeedBriefs.REVISION, withDraft.entries());

    for (BriefSubject subject : BriefAssembler.available(register)) {
      for (Language language : Language.values()) {
        String text =
            BriefText.of(
                BriefAssembler.assemble(register, subject, language, "e", null).orElseThrow());
        assertFalse(
            text.contains("Draft Steppe Line")
                || text.contains("草稿线路")
                || text.contains("Черновая"),
            subject + " " + language + " shows a draft");
      }
    }
    assertTrue(
        withDraft.entries().stream().anyMatch(e -> e.key().equals("project/draft-steppe-line")),
        "the draft was not in the register the briefs were made from");
  }

  @Test
  void a_draft_country_has_no_brief_and_is_not_listed() {
    RegisterDocument seed = SeedLoader.seed();
    List<RegisterDocument.EntryRecord> entries = new ArrayList<>(seed.entries());
    entries.add(
        new RegisterDocument.EntryRecord(
            "country/AZ",
            "COUNTRY",
            "DRAFT",
            Map.of("en", "Azerbaijan", "ru", "Азербайджан", "zh", "阿塞拜疆"),
            Map.of("code", "AZ", "role", "CENTRAL_ASIAN_STATE"),
            List.of()));
    UnsavedRegister withDraft = UnsavedRegister.of(new RegisterDocument(seed.sources(), entries));
    PublishedRegister register = PublishedRegister.of(SeedBriefs.REVISION, withDraft.entries());

    assertTrue(
        withDraft.entries().stream().anyMatch(e -> e.key().equals("country/AZ")),
        "the draft was not in the register the briefs were made from");
    assertFalse(
        BriefAssembler.available(register).contains(BriefSubject.country("AZ")),
        "a draft country is listed among the briefs");
    assertTrue(
        BriefAssembler.assemble(register, BriefSubject.country("AZ"), Language.EN, "e", null)
            .isEmpty(),
        "a draft country has a brief");
    assertTrue(
        BriefAssembler.available(register).contains(BriefSubject.country("KZ")),
        "a published country is not listed, so the check above proves nothing");
  }

  private static List<Block> blocks(Brief brief, String anchor) {
    return brief.sections().stream()
        .filter(s -> s.anchor().equals(anchor))
        .findFirst()
        .map(Section::blocks)
        .orElse(List.of());
  }
}
