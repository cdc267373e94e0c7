package org.silkway.web.api.brief;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.silkway.web.support.Answer;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;

/**
 * Country, sector and framework briefs over HTTP, as policy staff and their tools download them.
 */
@OnSilkway
class BriefEndpointIT {

  private static final String KZ = "api/briefs/countries/KZ.pdf";

  private final URL base;

  BriefEndpointIT(URL base) {
    this.base = base;
  }

  @ParameterizedTest(name = "{0}?lang={1}")
  @CsvSource({
    "countries/KZ, en, country-kz, Kazakhstan",
    "countries/KZ, ru, country-kz, Казахстан",
    "countries/KZ, zh, country-kz, 哈萨克斯坦",
    "sectors/transport, en, sector-transport, Transport and connectivity",
    "sectors/transport, ru, sector-transport, Транспорт и взаимосвязанность",
    "sectors/transport, zh, sector-transport, 交通与互联互通",
    "framework, en, framework-framework, China–Central Asia cooperation",
    "framework, ru, framework-framework, Сотрудничество «Центральная Азия — Китай»",
    "framework, zh, framework-framework, 中国—中亚合作"
  })
  void a_brief_is_a_pdf_titled_in_the_language_asked_for(
      String path, String lang, String fileSubject, String title) throws IOException {
    HttpResponse<byte[]> response = Http.get(base, "api/briefs/" + path + ".pdf?lang=" + lang);

    assertEquals(200, response.statusCode(), () -> Answer.text(response));
    assertEquals("application/pdf", Answer.contentType(response));
    String edition = editionOf(response);
    assertEquals(
        "inline; filename=\"silkway-" + fileSubject + "-" + lang + "-" + edition + ".pdf\"",
        header(response, "Content-Disposition"));
    assertEquals("public, no-cache", header(response, "Cache-Control"));
    String text = textOf(response.body());
    assertTrue(squeezed(text).contains(squeezed(title)), () -> "no " + title + " in:\n" + text);
  }

  @ParameterizedTest(name = "{0}.docx?lang={1}")
  @CsvSource({
    "countries/KZ, en, country-kz, Kazakhstan",
    "sectors/transport, ru, sector-transport, Транспорт и взаимосвязанность",
    "framework, zh, framework-framework, 中国—中亚合作"
  })
  void a_brief_is_also_a_word_document_at_its_address_ending_docx(
      String path, String lang, String fileSubject, String title) throws IOException {
    String address = "api/briefs/" + path + ".docx?lang=" + lang;
    HttpResponse<byte[]> docx = Http.get(base, address);
    HttpResponse<byte[]> pdf = Http.get(base, "api/briefs/" + path + ".pdf?lang=" + lang);

    assertEquals(200, docx.statusCode(), () -> Answer.text(docx));
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Answer.contentType(docx));
    String edition = editionOf(docx);
    assertNotEquals(header(pdf, "ETag"), header(docx, "ETag"), "a DOCX under the PDF's ETag");
    assertEquals(
        "inline; filename=\"silkway-" + fileSubject + "-" + lang + "-" + edition + ".docx\"",
        header(docx, "Content-Disposition"));
    assertEquals("public, no-cache", header(docx, "Cache-Control"));
    assertTrue(
        header(docx, "Content-Location").endsWith("/api/briefs/editions/" + edition + ".docx"));
    String text = docxText(docx.body());
    assertTrue(squeezed(text).contains(squeezed(title)), () -> "no " + title + " in:\n" + text);
    assertArrayEquals(docx.body(), Http.get(base, address).body(), "one edition, other bytes");

    HttpResponse<byte[]> unchanged =
        Http.send(request(address).header("If-None-Match", header(docx, "ETag")).GET().build());
    assertEquals(304, unchanged.statusCode());
    assertEquals(0, unchanged.body().length);
    HttpResponse<byte[]> head =
        Http.send(request(address).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    assertEquals(String.valueOf(docx.body().length), header(head, "Content-Length"));
    assertEquals(header(docx, "ETag"), header(head, "ETag"));
  }

  @Test
  void what_changed_is_also_a_word_document() throws IOException {
    HttpResponse<byte[]> changes =
        Http.get(base, "api/briefs/countries/KZ/changes.docx?lang=ru&since=" + today());

    assertEquals(200, changes.statusCode(), () -> Answer.text(changes));
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Answer.contentType(changes));
    assertTrue(docxText(changes.body()).contains("Казахстан"));
  }

  @Test
  void a_format_other_than_pdf_or_docx_is_not_a_brief() {
    assertEquals(404, Http.get(base, "api/briefs/countries/KZ.doc").statusCode());
    assertEquals(404, Http.get(base, "api/briefs/countries/KZ.DOCX").statusCode());
  }

  @Test
  void the_same_edition_downloads_byte_for_byte_the_same() {
    HttpResponse<byte[]> first = Http.get(base, KZ + "?lang=zh");
    HttpResponse<byte[]> second = Http.get(base, KZ + "?lang=zh");

    assertEquals(header(first, "ETag"), header(second, "ETag"));
    assertArrayEquals(first.body(), second.body());
  }

  @Test
  void a_reader_who_has_the_edition_gets_304_and_no_body() {
    String etag = header(Http.get(base, KZ), "ETag");

    HttpResponse<byte[]> again = Http.send(request(KZ).header("If-None-Match", etag).GET().build());

    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);
    assertEquals(etag, header(again, "ETag"));
  }

  @Test
  void an_edition_the_reader_does_not_have_is_sent_in_full() {
    HttpResponse<byte[]> response =
        Http.send(request(KZ).header("If-None-Match", "\"someotheredn\"").GET().build());

    assertEquals(200, response.statusCode());
    assertTrue(response.body().length > 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {KZ, "api/briefs/sectors/energy.pdf?lang=ru", "api/briefs/framework.pdf"})
  void head_tells_the_length_of_the_download(String path) {
    HttpResponse<byte[]> get = Http.get(base, path);
    HttpResponse<byte[]> head =
        Http.send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

    assertEquals(200, head.statusCode());
    assertEquals(String.valueOf(get.body().length), header(head, "Content-Length"));
    assertEquals(header(get, "ETag"), header(head, "ETag"));
    assertEquals(0, head.body().length);
  }

  @Test
  void english_is_the_default_and_country_codes_are_case_insensitive() {
    HttpResponse<byte[]> lower = Http.get(base, "api/briefs/countries/kz.pdf");

    assertEquals(200, lower.statusCode());
    assertEquals(header(Http.get(base, KZ + "?lang=en"), "ETag"), header(lower, "ETag"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"RU", "XX", "KAZ", "us"})
  void a_country_without_a_brief_is_a_404_that_names_the_briefs_and_points_to_the_framework(
      String code) {
    HttpResponse<byte[]> response = Http.get(base, "api/briefs/countries/" + code + ".pdf");

    String detail = problem(response, 404);
    assertTrue(detail.contains("KZ") && detail.contains("UZ") && detail.contains("CN"), detail);
    assertTrue(detail.contains("framework brief"), detail);
  }

  @ParameterizedTest
  @ValueSource(strings = {"nothing", "Transport", "sector-transport"})
  void an_unknown_sector_is_a_404_that_names_the_sectors(String key) {
    String detail = problem(Http.get(base, "api/briefs/sectors/" + key + ".pdf"), 404);

    assertTrue(detail.contains("transport") && detail.contains("people-to-people"), detail);
  }

  @ParameterizedTest
  @ValueSource(strings = {"EN", "fr", "", "en-GB", "zh-Hans"})
  void a_language_other_than_en_ru_or_zh_exactly_is_a_400_naming_them(String lang) {
    String detail = problem(Http.get(base, KZ + "?lang=" + lang), 400);

    assertTrue(detail.contains("en, ru, zh"), detail);
  }

  /** A control character is refused before the endpoint reads the value (RequestCheck). */
  @Test
  void a_language_with_a_nul_is_a_400() {
    problem(Http.get(base, KZ + "?lang=en%00"), 400);
  }

  @Test
  void a_language_given_twice_is_a_400() {
    problem(Http.get(base, KZ + "?lang=en&lang=ru"), 400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-6-1", "2025-13-01", "2025-02-30", "20250601", "x", "%20"})
  void an_as_of_day_not_written_yyyy_mm_dd_is_a_400(String asOf) {
    String detail = problem(Http.get(base, KZ + "?asOf=" + asOf), 400);

    assertTrue(detail.contains("YYYY-MM-DD"), detail);
  }

  @Test
  void an_as_of_day_after_today_is_a_400() {
    String detail = problem(Http.get(base, KZ + "?asOf=" + today().plusDays(1)), 400);

    assertTrue(detail.contains("after today"), detail);
  }

  @Test
  void an_as_of_day_before_the_history_is_a_404_that_says_when_it_starts() {
    String detail = problem(Http.get(base, KZ + "?asOf=2000-01-01"), 404);

    assertTrue(detail.matches(".*starts on \\d{4}-\\d{2}-\\d{2}.*"), detail);
  }

  @Test
  void a_brief_as_of_today_has_the_title_and_an_edition_of_its_own() throws IOException {
    HttpResponse<byte[]> current = Http.get(base, KZ + "?lang=ru");
    HttpResponse<byte[]> asOfToday = Http.get(base, KZ + "?lang=ru&asOf=" + today());

    assertEquals(200, asOfToday.statusCode(), () -> Answer.text(asOfToday));
    assertTrue(textOf(asOfToday.body()).contains("Казахстан"));
    assertNotEquals(header(current, "ETag"), header(asOfToday, "ETag"));
    // Today's edition can still change (a publish later today), so it is revalidated.
    assertEquals("public, no-cache", header(asOfToday, "Cache-Control"));
    assertTrue(header(asOfToday, "Content-Disposition").contains("silkway-country-kz-ru-"));
  }

  private String problem(HttpResponse<byte[]> response, int status) {
    String body = Answer.text(response);
    assertEquals(status, response.statusCode(), body);
    assertTrue(Answer.contentType(response).startsWith("application/problem+json"), body);
    assertNull(Answer.internalsIn(response), body);
    return body;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(Http.resolve(base, path)).timeout(Duration.ofSeconds(60));
  }

  private static String editionOf(HttpResponse<byte[]> response) {
    String etag = header(response, "ETag");
    assertTrue(etag.matches("\"[a-z2-9]{10}\""), etag);
    return etag.substring(1, etag.length() - 1);
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  /** PDF text without line breaks or spacing, which the layout may put anywhere in a title. */
  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  static String docxText(byte[] docx) throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    }
  }

  static String textOf(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
