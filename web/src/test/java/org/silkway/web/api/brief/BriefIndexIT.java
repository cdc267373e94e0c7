package org.silkway.web.api.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkway.web.support.Answer;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;

/** {@code GET /api/briefs}: every brief the register can print, with addresses that answer. */
@OnSilkway
class BriefIndexIT {

  private static final List<String> LANGUAGES = List.of("en", "ru", "zh");

  private final URL base;

  BriefIndexIT(URL base) {
    this.base = base;
  }

  static JsonObject index(URL base) {
    HttpResponse<byte[]> response = Http.get(base, "api/briefs");
    assertEquals(200, response.statusCode(), Answer.text(response));
    assertTrue(Answer.contentType(response).startsWith("application/json"));
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(response.body()))) {
      return reader.readObject();
    }
  }

  @Test
  void the_index_lists_six_countries_then_ten_sectors_then_the_framework() {
    JsonObject index = index(base);

    List<String> kinds =
        index.getJsonArray("briefs").getValuesAs(JsonObject.class).stream()
            .map(brief -> brief.getString("kind"))
            .toList();
    assertEquals(17, kinds.size(), kinds::toString);
    assertTrue(kinds.subList(0, 6).stream().allMatch("country"::equals), kinds::toString);
    assertTrue(kinds.subList(6, 16).stream().allMatch("sector"::equals), kinds::toString);
    assertEquals("framework", kinds.get(16));
    Instant.parse(index.getString("registerAsOf"));
    assertTrue(index.getJsonNumber("revision").longValue() > 0);
  }

  @Test
  void every_listed_brief_answers_at_its_address_with_the_listed_edition() {
    for (JsonObject brief : index(base).getJsonArray("briefs").getValuesAs(JsonObject.class)) {
      for (String lang : LANGUAGES) {
        String url = brief.getJsonObject("urls").getString(lang);
        assertTrue(url.startsWith("/api/briefs/") && url.endsWith("?lang=" + lang), url);
        assertTrue(!brief.getJsonObject("titles").getString(lang).isBlank(), brief::toString);
        HttpResponse<byte[]> head = head(url);
        assertEquals(200, head.statusCode(), url);
        assertEquals(
            "\"" + brief.getJsonObject("editions").getString(lang) + "\"",
            head.headers().firstValue("ETag").orElse(""),
            url);
      }
    }
  }

  @Test
  void every_listed_word_document_answers_at_its_address_with_the_listed_edition() {
    for (JsonObject brief : index(base).getJsonArray("briefs").getValuesAs(JsonObject.class)) {
      JsonObject docx = brief.getJsonObject("docx");
      for (String lang : LANGUAGES) {
        String url = docx.getJsonObject("urls").getString(lang);
        assertEquals(brief.getJsonObject("urls").getString(lang).replace(".pdf?", ".docx?"), url);
        String edition = docx.getJsonObject("editions").getString(lang);
        assertNotEquals(brief.getJsonObject("editions").getString(lang), edition, url);
        if (brief.getString("subject").equals("KZ")) { // rendering all 51 would take minutes
          HttpResponse<byte[]> head = head(url);
          assertEquals(200, head.statusCode(), url);
          assertEquals("\"" + edition + "\"", head.headers().firstValue("ETag").orElse(""), url);
        }
      }
    }
  }

  @Test
  void the_index_gives_each_brief_its_title_in_every_language() {
    JsonObject kazakhstan =
        index(base).getJsonArray("briefs").getValuesAs(JsonObject.class).stream()
            .filter(brief -> brief.getString("subject").equals("KZ"))
            .findFirst()
            .orElseThrow();

    assertEquals("Kazakhstan", kazakhstan.getJsonObject("titles").getString("en"));
    assertEquals("Казахстан", kazakhstan.getJsonObject("titles").getString("ru"));
    assertEquals("哈萨克斯坦", kazakhstan.getJsonObject("titles").getString("zh"));
    assertEquals(
        "/api/briefs/countries/KZ.pdf?lang=ru", kazakhstan.getJsonObject("urls").getString("ru"));
  }

  /** A HEAD of a listed address ({@code /api/briefs/...}): renders the brief unless it is kept. */
  private HttpResponse<byte[]> head(String url) {
    return Http.send(
        HttpRequest.newBuilder(Http.resolve(base, url.substring(1)))
            .timeout(Duration.ofSeconds(60))
            .method("HEAD", HttpRequest.BodyPublishers.noBody())
            .build());
  }
}
