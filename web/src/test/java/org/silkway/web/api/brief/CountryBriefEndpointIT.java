package org.silkway.web.api.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;

/** The country brief over HTTP, as policy staff download it. */
@OnSilkway
class CountryBriefEndpointIT {

  private final URL base;

  CountryBriefEndpointIT(URL base) {
    this.base = base;
  }

  @ParameterizedTest
  @CsvSource({"en, Kazakhstan", "ru, Казахстан", "zh, 哈萨克斯坦"})
  void the_brief_is_a_pdf_with_the_country_name_in_the_requested_language(String lang, String name)
      throws IOException {
    HttpResponse<byte[]> response = Http.get(base, "api/briefs/countries/KZ.pdf?lang=" + lang);

    assertEquals(200, response.statusCode());
    assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        response
            .headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .matches("inline; filename=\"silkway-kz-" + lang + "-\\d{4}-\\d{2}-\\d{2}\\.pdf\""),
        response.headers().toString());
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.startsWith("SILKWAY") || text.contains(name), text);
      assertTrue(text.contains(name), () -> "no " + name + " in:\n" + text);
    }
  }

  @Test
  void english_is_the_default_language_and_codes_are_case_insensitive() throws IOException {
    HttpResponse<byte[]> response = Http.get(base, "api/briefs/countries/uz.pdf");

    assertEquals(200, response.statusCode());
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      assertTrue(new PDFTextStripper().getText(pdf).contains("Country brief"));
    }
  }

  @Test
  void an_unknown_country_is_a_404_that_names_the_code() {
    HttpResponse<byte[]> response = Http.get(base, "api/briefs/countries/XX.pdf");

    assertEquals(404, response.statusCode());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("'XX'"));
  }

  @Test
  void an_unsupported_language_is_a_400_that_lists_the_supported_ones() {
    HttpResponse<byte[]> response = Http.get(base, "api/briefs/countries/KZ.pdf?lang=fr");

    assertEquals(400, response.statusCode());
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertTrue(body.contains("en, ru, zh") && body.contains("'fr'"), body);
  }

  @Test
  void the_application_is_ready_when_its_database_answers() {
    HttpResponse<byte[]> response = Http.get(Http.serverRoot(base), "health/ready");

    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertEquals(200, response.statusCode(), body);
    assertTrue(body.contains("\"database\"") && body.contains("\"UP\""), body);
  }
}
