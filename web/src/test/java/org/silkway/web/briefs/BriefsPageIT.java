package org.silkway.web.briefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.silkway.web.support.Answer;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;

/**
 * The briefs page as a reader sees it: every brief with its three links, how current the register
 * is, and a day to choose, all without a session. A value that is not a day is said on the page,
 * which still answers 200 with the current links.
 */
@OnSilkway
class BriefsPageIT {

  private final URL base;

  BriefsPageIT(URL base) {
    this.base = base;
  }

  @Test
  void the_page_links_every_brief_in_every_language_and_opens_no_session() {
    HttpResponse<byte[]> response = Http.get(base, "briefs");

    assertEquals(200, response.statusCode());
    assertTrue(Answer.contentType(response).startsWith("text/html"));
    assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "the page opened a session");
    String page = Answer.text(response);
    assertTrue(page.matches("(?s).*Register as of \\d{1,2} \\w+ \\d{4}, revision \\d+.*"), page);
    assertTrue(page.contains("Kazakhstan") && page.contains("哈萨克斯坦"), page);
    for (JsonObject brief : briefs().getJsonArray("briefs").getValuesAs(JsonObject.class)) {
      for (String lang : new String[] {"en", "ru", "zh"}) {
        String href = "href=\"" + brief.getJsonObject("urls").getString(lang) + "\"";
        assertTrue(page.contains(href), () -> "no " + href);
        String docx =
            "href=\"" + brief.getJsonObject("docx").getJsonObject("urls").getString(lang) + "\"";
        assertTrue(page.contains(docx), () -> "no " + docx);
      }
    }
  }

  @Test
  void a_chosen_day_goes_into_every_link() {
    // The register's history starts when the server loaded its seed: today, in UTC.
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    HttpResponse<byte[]> response = Http.get(base, "briefs?asOf=" + today);

    assertEquals(200, response.statusCode());
    String page = Answer.text(response);
    assertTrue(
        page.contains("href=\"/api/briefs/countries/KZ.pdf?lang=zh&amp;asOf=" + today + "\""),
        page);
    assertTrue(page.contains("href=\"/api/briefs/framework.pdf?lang=en&amp;asOf=" + today + "\""));
    assertTrue(page.contains("value=\"" + today + "\""), "the date field forgot the day");
    assertFalse(page.contains("lang=en\""), "a link without the day");
  }

  @Test
  void a_day_before_the_history_starts_is_refused_on_the_page_and_the_links_stay_current() {
    HttpResponse<byte[]> response = Http.get(base, "briefs?asOf=2000-01-01");

    assertEquals(200, response.statusCode());
    String page = Answer.text(response);
    assertTrue(page.contains("There are no briefs as of 1 January 2000"), page);
    assertTrue(
        page.contains("the register&#39;s history starts on")
            || page.contains("the register's history starts on"),
        page);
    assertTrue(page.contains("sw-warnbox"), "said as a refusal");
    assertFalse(page.contains("asOf=2000-01-01"), "a link that would answer 404");
    assertTrue(page.contains("href=\"/api/briefs/countries/KZ.pdf?lang=en\""), page);
    assertTrue(page.contains("min=\""), "the date field offers days before the history");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "2025-13-01", "2999-01-01", "%3Cb%3E"})
  void a_value_that_is_not_a_usable_day_is_said_on_the_page_and_the_links_stay_current(
      String asOf) {
    HttpResponse<byte[]> response = Http.get(base, "briefs?asOf=" + asOf);

    String page = Answer.text(response);
    assertEquals(200, response.statusCode(), page);
    // Not Answer.internalsIn: a page links its Faces resources (/jakarta.faces.resource/...).
    assertFalse(page.contains("Exception") || page.contains("\tat "), page);
    assertTrue(page.contains("id=\"as-of-message\""), page);
    assertTrue(page.contains("href=\"/api/briefs/countries/KZ.pdf?lang=en\""), page);
    assertFalse(page.contains("<b>"), "the value came back as markup");
  }

  @Test
  void an_empty_day_from_the_form_means_the_current_register() {
    String page = Answer.text(Http.get(base, "briefs?asOf="));

    assertFalse(page.contains("id=\"as-of-message\""), page);
    assertTrue(page.contains("href=\"/api/briefs/countries/KZ.pdf?lang=en\""), page);
  }

  @Test
  void the_home_page_leads_to_the_briefs() {
    assertTrue(Answer.text(Http.get(base, "")).contains("href=\"/briefs\""));
  }

  private JsonObject briefs() {
    try (JsonReader reader =
        Json.createReader(new ByteArrayInputStream(Http.get(base, "api/briefs").body()))) {
      return reader.readObject();
    }
  }
}
