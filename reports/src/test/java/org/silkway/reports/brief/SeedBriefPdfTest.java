package org.silkway.reports.brief;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.brief.model.Section;
import org.silkway.reports.template.BriefFormat;
import org.silkway.reports.template.BriefRenderer;
import org.silkway.reports.template.CompiledTemplates;
import org.silkway.reports.template.PdfLinks;

/**
 * The seed register's briefs as a reader gets them: each kind in each language, assembled and
 * printed, then read back from the PDF. The PDFs are kept in {@code target/seed-briefs/} for people
 * to look at ({@code pdftoppm -png}).
 */
class SeedBriefPdfTest {

  private static BriefRenderer renderer;

  @BeforeAll
  static void compileTemplatesOnce() {
    renderer = new BriefRenderer(CompiledTemplates.loadedNow());
  }

  /** A subject of each kind, with a fact of its own and the two values of a disagreement. */
  static Stream<Arguments> briefs() {
    List<Arguments> all = new ArrayList<>();
    for (Language language : Language.values()) {
      all.add(
          Arguments.of(
              BriefSubject.country("KZ"),
              language,
              List.of(
                  in(
                      language,
                      "China–Kazakhstan oil and gas pipelines",
                      "Нефте- и газопроводы",
                      "中哈油气管道"),
                  in(language, "26 billion", "26 млрд", "260亿")),
              List.of(in(language, "16–17 June", "16–17 июня", "16日至17日"), "17")));
      all.add(
          Arguments.of(
              BriefSubject.sector("transport"),
              language,
              List.of(
                  in(
                      language,
                      "China–Kyrgyzstan–Uzbekistan railway",
                      "Кыргызстан — Узбекистан",
                      "中吉乌铁路"),
                  "523"),
              List.of(in(language, "8 billion", "8 млрд", "80亿"), "$8 billion")));
      all.add(
          Arguments.of(
              BriefSubject.framework(),
              language,
              List.of(in(language, "94.8 billion", "94,8 млрд", "948亿"), "2030"),
              List.of(in(language, "more than 94.8", "более 94,8", "超过948亿"), "Xi'an")));
    }
    return all.stream();
  }

  private static String in(Language language, String en, String ru, String zh) {
    return switch (language) {
      case EN -> en;
      case RU -> ru;
      case ZH -> zh;
    };
  }

  /** How the seed's articles were received ({@code 000_64bf0bdde154a788.txt}): no reader's name. */
  private static final java.util.regex.Pattern RECEIVED_FILE =
      java.util.regex.Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt");

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("briefs")
  void a_seed_brief_prints_its_sections_facts_differences_and_resolvable_sources(
      BriefSubject subject, Language language, List<String> facts, List<String> differences)
      throws IOException {
    Brief brief = SeedBriefs.brief(subject, language);
    byte[] pdf = renderer.render(brief);
    SeedBriefs.keep(subject, language, BriefFormat.PDF, pdf);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = squeezed(new PDFTextStripper().getText(document));
      assertTrue(text.contains(squeezed(brief.title())), "no title " + brief.title());
      for (Section section : brief.sections()) {
        assertTrue(text.contains(squeezed(section.heading())), "no heading " + section.heading());
      }
      for (String fact : facts) {
        assertTrue(text.contains(squeezed(fact)), subject + " " + language + ": no " + fact);
      }
      for (String value : differences) {
        assertTrue(text.contains(squeezed(value)), subject + " " + language + ": no " + value);
      }
      assertTrue(text.contains(squeezed(brief.sources().get(0).title())), "no source list");
      assertFalse(
          RECEIVED_FILE.matcher(text).find(),
          "a source without a web address is listed by the file it came in");
      assertEveryFontIsEmbedded(document);
      assertEveryLinkResolves(document, brief.sources().size());
    }
    assertArrayEquals(pdf, renderer.render(brief), "two renders of one edition differ");
  }

  private static void assertEveryFontIsEmbedded(PDDocument document) throws IOException {
    for (PDPage page : document.getPages()) {
      for (var name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
      }
    }
  }

  /** Every source-number link goes to an anchor that exists, and every source is reachable. */
  private static void assertEveryLinkResolves(PDDocument document, int sources) throws IOException {
    Set<String> targets = new HashSet<>(PdfLinks.targets(document));
    for (int n = 1; n <= sources; n++) {
      assertTrue(targets.contains("source-" + n), "no link to source " + n);
    }
  }

  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }
}
