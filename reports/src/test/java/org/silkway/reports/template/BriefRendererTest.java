package org.silkway.reports.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.model.Block;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.Figure;
import org.silkway.reports.brief.model.Section;

/**
 * Renders the Kazakhstan sample in every language and reads the PDF back. The PDFs are also written
 * to {@code target/briefs/} for a person to look at.
 */
class BriefRendererTest {

  private static BriefRenderer renderer;
  private static final Map<Language, byte[]> PDFS = new EnumMap<>(Language.class);

  @BeforeAll
  static void renderEachLanguageOnce() throws IOException {
    renderer = new BriefRenderer(CompiledTemplates.loadedNow());
    Path out = Files.createDirectories(Path.of("target/briefs"));
    for (Language language : Language.values()) {
      byte[] pdf = renderer.render(BriefSamples.kazakhstan(language));
      PDFS.put(language, pdf);
      Files.write(out.resolve("kazakhstan-" + language.tag() + ".pdf"), pdf);
    }
  }

  private static PDDocument load(Language language) throws IOException {
    return Loader.loadPDF(PDFS.get(language));
  }

  /** The text with all whitespace removed: line breaks fall anywhere in a wrapped paragraph. */
  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static String text(PDDocument document) throws IOException {
    return new PDFTextStripper().getText(document);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void the_brief_is_a4_portrait_with_its_masthead_on_page_one(Language language)
      throws IOException {
    Brief brief = BriefSamples.kazakhstan(language);
    try (PDDocument document = load(language)) {
      for (PDPage page : document.getPages()) {
        assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 1);
        assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 1);
      }
      PDFTextStripper firstPage = new PDFTextStripper();
      firstPage.setEndPage(1);
      String page1 = squeezed(firstPage.getText(document));
      for (String expected :
          List.of(
              brief.pageLabels().kind().toUpperCase(language.locale()),
              brief.title(),
              brief.role(),
              brief.pageLabels().registerAsOf() + " " + brief.registerAsOf(),
              brief.editionId(),
              brief.pageLabels().languageName(),
              brief.pageLabels().atAGlance().toUpperCase(language.locale()))) {
        assertTrue(page1.contains(squeezed(expected)), () -> "page 1 lacks " + expected);
      }
      for (Figure figure : brief.glance()) {
        assertTrue(page1.contains(squeezed(figure.label())), figure.label());
        assertTrue(page1.contains(squeezed(figure.value())), figure.value());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void every_section_heading_is_printed_and_is_a_bookmark_in_order(Language language)
      throws IOException {
    Brief brief = BriefSamples.kazakhstan(language);
    try (PDDocument document = load(language)) {
      String text = squeezed(text(document));
      List<String> expected = new ArrayList<>();
      for (Section section : brief.sections()) {
        assertTrue(text.contains(squeezed(section.heading())), section.heading());
        expected.add(section.heading());
      }
      expected.add(brief.pageLabels().sources());

      List<String> bookmarks = new ArrayList<>();
      assertNotNull(document.getDocumentCatalog().getDocumentOutline(), "no bookmarks");
      for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(item.getTitle());
        assertFalse(item.hasChildren(), "sections are bookmarks at one level");
        assertNotNull(item.findDestinationPage(document), item.getTitle() + " leads nowhere");
      }
      assertEquals(expected, bookmarks);
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void every_cited_source_number_links_to_its_entry_in_the_sources_list(Language language)
      throws IOException {
    Brief brief = BriefSamples.kazakhstan(language);
    Set<String> cited = new TreeSet<>();
    brief.glance().forEach(f -> f.sources().forEach(n -> cited.add("source-" + n)));
    for (Section section : brief.sections()) {
      for (Block block : section.blocks()) {
        citations(block).forEach(n -> cited.add("source-" + n));
      }
    }

    try (PDDocument document = load(language)) {
      List<String> targets = PdfLinks.targets(document);
      Set<String> linked = new TreeSet<>(targets);
      int links = targets.size();
      assertEquals(cited, linked);
      int citations = brief.glance().stream().mapToInt(f -> f.sources().size()).sum();
      for (Section section : brief.sections()) {
        for (Block block : section.blocks()) {
          citations += citations(block).size();
        }
      }
      assertEquals(citations, links, "one link per printed source number");
    }
  }

  private static List<Integer> citations(Block block) {
    if (block instanceof Block.Paragraph p) {
      return p.sources();
    } else if (block instanceof Block.Fact f) {
      return f.sources();
    } else if (block instanceof Block.Quote q) {
      return q.sources();
    } else if (block instanceof Block.Table t) {
      return t.rows().stream().flatMap(r -> r.sources().stream()).toList();
    } else if (block instanceof Block.Difference d) {
      return d.alternatives().stream().flatMap(a -> a.sources().stream()).toList();
    }
    return List.of();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void every_page_has_the_footer_with_page_number_of_all_pages_date_and_edition(Language language)
      throws IOException {
    Brief brief = BriefSamples.kazakhstan(language);
    try (PDDocument document = load(language)) {
      int pages = document.getNumberOfPages();
      assertTrue(pages > 1, "the sample runs over several pages");
      for (int page = 1; page <= pages; page++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = squeezed(stripper.getText(document));
        String pageOf =
            brief.pageLabels().pageOf().replace("{0}", "" + page).replace("{1}", "" + pages);
        assertTrue(text.contains(squeezed(pageOf)), () -> "missing " + pageOf);
        assertTrue(text.contains(squeezed(brief.registerAsOf())), "date on every page");
        assertTrue(text.contains(brief.editionId()), "edition on every page");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void every_font_is_embedded_and_none_is_helvetica(Language language) throws IOException {
    try (PDDocument document = load(language)) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          fonts.add(font.getName());
          assertTrue(font.isEmbedded(), () -> font.getName() + " is not embedded");
          assertFalse(font.getName().contains("Helvetica"), "Helvetica leaked into the brief");
        }
      }
      assertTrue(fonts.stream().anyMatch(f -> f.contains("DejaVu")), fonts::toString);
      if (language == Language.ZH) {
        assertTrue(fonts.stream().anyMatch(f -> f.contains("Droid")), fonts::toString);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void the_pdf_carries_its_title_language_author_and_structure_tags(Language language)
      throws IOException {
    Brief brief = BriefSamples.kazakhstan(language);
    try (PDDocument document = load(language)) {
      assertEquals(
          brief.pageLabels().documentTitle(), document.getDocumentInformation().getTitle());
      assertEquals("Silkway", document.getDocumentInformation().getAuthor());
      assertEquals("Silkway", document.getDocumentInformation().getCreator());
      assertEquals(language.tag(), document.getDocumentCatalog().getLanguage());
      assertNotNull(document.getDocumentCatalog().getStructureTreeRoot(), "tagged PDF");
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void the_same_brief_renders_to_the_same_bytes(Language language) {
    byte[] again = renderer.render(BriefSamples.kazakhstan(language));
    assertArrayEquals(PDFS.get(language), again);
  }

  @ParameterizedTest
  @EnumSource(RenderSettings.Paging.class)
  void paging_a_brief_while_it_is_filled_does_not_change_its_bytes(RenderSettings.Paging paging) {
    RenderSettings everyBriefPaged = new RenderSettings(paging, 0, 1, true);
    byte[] paged =
        new BriefRenderer(CompiledTemplates.loadedNow(), everyBriefPaged)
            .render(BriefSamples.kazakhstan(Language.ZH));
    assertArrayEquals(PDFS.get(Language.ZH), paged);
  }

  @Test
  void the_pdf_id_comes_from_the_edition_id_and_tells_editions_apart() throws Exception {
    Brief english = BriefSamples.kazakhstan(Language.EN);
    Brief otherEdition =
        new Brief(
            english.subject(),
            english.language(),
            english.title(),
            english.role(),
            english.registerAsOf(),
            "otheredit2",
            english.pageLabels(),
            english.glance(),
            english.sections(),
            english.sources());
    byte[] expected =
        Arrays.copyOf(
            MessageDigest.getInstance("SHA-256")
                .digest(english.editionId().getBytes(StandardCharsets.UTF_8)),
            16);

    byte[] id = pdfId(PDFS.get(Language.EN));

    assertArrayEquals(expected, id);
    assertFalse(
        Arrays.equals(id, pdfId(renderer.render(otherEdition))), "two editions share a /ID");
  }

  /** The first string of the trailer's {@code /ID}. */
  private static byte[] pdfId(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return ((COSString) document.getDocument().getDocumentID().get(0)).getBytes();
    }
  }

  @Test
  void several_threads_rendering_at_once_get_the_same_bytes_as_one_alone() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<byte[]>> renders = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        Language language = Language.values()[i % 3];
        renders.add(pool.submit(() -> renderer.render(BriefSamples.kazakhstan(language))));
      }
      for (int i = 0; i < 6; i++) {
        assertArrayEquals(PDFS.get(Language.values()[i % 3]), renders.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void a_600_character_quote_and_a_300_character_project_name_print_in_full(Language language)
      throws IOException {
    assertEquals(600, BriefSamples.longQuote(language).length(), "sample quote length");
    assertEquals(300, BriefSamples.longProjectName(language).length(), "sample name length");
    try (PDDocument document = load(language)) {
      String text = squeezed(text(document));
      assertTrue(text.contains(squeezed(BriefSamples.longQuote(language))), "quote cut");
      assertTrue(text.contains(squeezed(BriefSamples.longProjectName(language))), "name cut");
      for (var source : BriefSamples.kazakhstan(language).sources()) {
        assertTrue(text.contains(squeezed(source.location())), "URL cut: " + source.location());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void both_values_of_a_difference_and_the_verdict_are_printed(Language language)
      throws IOException {
    Brief brief = BriefSamples.kazakhstan(language);
    Block.Difference difference = (Block.Difference) brief.sections().get(3).blocks().get(0);
    try (PDDocument document = load(language)) {
      String text = squeezed(text(document));
      assertTrue(text.contains(squeezed(difference.about())));
      for (Block.Alternative alternative : difference.alternatives()) {
        assertTrue(text.contains(squeezed(alternative.value())), alternative.value());
      }
      assertTrue(text.contains(squeezed(difference.verdict())));
    }
  }
}
