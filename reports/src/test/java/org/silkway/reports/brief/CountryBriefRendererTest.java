package org.silkway.reports.brief;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkway.core.i18n.Language;
import org.silkway.reports.template.CompiledTemplates;

class CountryBriefRendererTest {

  private static final Instant NOON = Instant.parse("2025-06-18T12:00:00Z");
  private static CountryBriefRenderer renderer;

  @BeforeAll
  static void compileTemplatesOnce() {
    renderer = new CountryBriefRenderer(CompiledTemplates.compiledNow());
  }

  private static String nameIn(Language language) {
    return switch (language) {
      case EN -> "Kazakhstan";
      case RU -> "Казахстан";
      case ZH -> "哈萨克斯坦";
    };
  }

  private static CountryBrief kazakhstanIn(Language language) {
    List<String> others = new ArrayList<>();
    for (Language other : Language.values()) {
      if (other != language) {
        others.add(nameIn(other));
      }
    }
    return new CountryBrief("KZ", nameIn(language), others, language, NOON);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void the_brief_prints_the_country_name_in_every_script_and_the_generation_date(Language language)
      throws IOException {
    byte[] pdf = renderer.render(kazakhstanIn(language));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      for (Language any : Language.values()) {
        assertTrue(text.contains(nameIn(any)), () -> "missing " + nameIn(any) + " in:\n" + text);
      }
      assertTrue(text.contains("2025"), () -> "no generation date in:\n" + text);
      assertTrue(text.contains("KZ"), text);
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void every_font_in_the_brief_is_embedded_so_it_prints_the_same_everywhere(Language language)
      throws IOException {
    byte[] pdf = renderer.render(kazakhstanIn(language));

    try (PDDocument document = Loader.loadPDF(pdf)) {
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
      assertTrue(fonts.stream().anyMatch(f -> f.contains("Droid")), fonts::toString);
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void the_generation_time_is_written_in_the_readers_language(Language language) {
    String generatedAt = CountryBriefRenderer.generatedAt(kazakhstanIn(language));
    String month =
        switch (language) {
          case EN -> "June";
          case RU -> "июня";
          case ZH -> "6月";
        };
    assertTrue(generatedAt.contains(month), generatedAt);
    assertTrue(generatedAt.endsWith("UTC"), generatedAt);
  }
}
