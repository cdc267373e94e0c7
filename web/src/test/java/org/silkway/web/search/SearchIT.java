package org.silkway.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Answer;
import org.silkway.web.support.FormSession;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;

/**
 * Search as readers and editors use it: {@code /api/search}, the box on {@code /briefs} and the
 * editors' search page, on the seed and on a draft made through the new-entry form.
 */
@OnSilkway
class SearchIT {

  /** A name no seed article uses, so that only the draft made here can match it. */
  private static final String DRAFT_NAME = "Ymyrtau logistics hub search probe";

  private final URL base;

  SearchIT(URL base) {
    this.base = base;
  }

  private static JsonObject json(HttpResponse<byte[]> response) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(response.body()))) {
      return reader.readObject();
    }
  }

  private static String q(String typed) {
    return URLEncoder.encode(typed, StandardCharsets.UTF_8);
  }

  private List<JsonObject> hits(String typed, String lang) {
    HttpResponse<byte[]> response = Http.get(base, "api/search?q=" + q(typed) + "&lang=" + lang);
    assertEquals(200, response.statusCode(), () -> typed + ": " + Answer.text(response));
    assertTrue(Answer.contentType(response).startsWith("application/json"));
    return json(response).getJsonArray("hits").getValuesAs(JsonObject.class);
  }

  private static JsonObject hit(List<JsonObject> hits, String key) {
    return hits.stream()
        .filter(h -> h.getString("key").equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + key + " among " + hits));
  }

  @Test
  void a_place_named_only_in_a_fact_finds_the_project_and_the_briefs_that_cover_it() {
    JsonObject railway = hit(hits("Kashgar", "en"), "project/cku-railway");

    assertEquals("project", railway.getString("type"));
    assertEquals("Project", railway.getString("typeLabel"));
    assertEquals("PUBLISHED", railway.getString("status"));
    assertEquals("CLAIM_TEXT", railway.getString("matchedIn"));
    assertEquals("Fact", railway.getString("matchedInLabel"));
    assertTrue(railway.getString("excerpt").contains("Kashgar"), railway.toString());
    List<String> briefs =
        railway.getJsonArray("briefs").getValuesAs(JsonObject.class).stream()
            .map(b -> b.getString("subject"))
            .toList();
    assertTrue(
        briefs.containsAll(List.of("countries/KG", "countries/UZ", "sectors/transport")),
        briefs.toString());
    JsonObject kyrgyzstan =
        railway.getJsonArray("briefs").getValuesAs(JsonObject.class).stream()
            .filter(b -> b.getString("subject").equals("countries/KG"))
            .findFirst()
            .orElseThrow();
    assertEquals("/api/briefs/countries/KG.pdf?lang=en", kyrgyzstan.getString("pdf"));
    assertEquals("/api/briefs/countries/KG.docx?lang=en", kyrgyzstan.getString("docx"));
    assertEquals(200, Http.get(base, kyrgyzstan.getString("pdf").substring(1)).statusCode());
  }

  @Test
  void names_are_found_in_russian_and_chinese_and_worded_in_the_readers_language() {
    JsonObject ru = hits("железная дорога", "ru").get(0);
    assertEquals("project/cku-railway", ru.getString("key"));
    assertEquals("Железная дорога Китай — Кыргызстан — Узбекистан", ru.getString("name"));
    assertEquals("Проект", ru.getString("typeLabel"));

    JsonObject zh = hits("哈萨克斯坦", "zh").get(0);
    assertEquals("country/KZ", zh.getString("key"));
    assertEquals("NAME_EXACT", zh.getString("matchedIn"));
    assertEquals("名称", zh.getString("matchedInLabel"));
    assertEquals("哈萨克斯坦", zh.getString("name"));
    assertEquals(
        List.of("countries/KZ"),
        zh.getJsonArray("briefs").getValuesAs(JsonObject.class).stream()
            .map(b -> b.getString("subject"))
            .toList(),
        "a framework country is printed in its own brief, not the framework's");
  }

  @Test
  void a_search_without_text_or_in_an_unknown_language_is_refused_in_words() {
    for (String path : List.of("api/search", "api/search?q=%20%20", "api/search?q=rail&lang=fr")) {
      HttpResponse<byte[]> response = Http.get(base, path);
      assertEquals(400, response.statusCode(), path);
      assertTrue(Answer.contentType(response).startsWith("application/problem+json"), path);
      String detail = json(response).getString("detail");
      assertTrue(detail.contains("q=railway") || detail.contains("lang="), detail);
    }
  }

  @Test
  void the_briefs_page_lists_what_was_found_with_links_to_the_rows_of_its_briefs() {
    HttpResponse<byte[]> response = Http.get(base, "briefs?q=kashgar");

    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "searching opened a session");
    String page = Answer.text(response);
    assertTrue(page.contains("for “kashgar”, best first."), page);
    assertTrue(page.contains("China–Kyrgyzstan–Uzbekistan railway"), page);
    assertTrue(page.contains("href=\"#brief-country-KG\""), page);
    assertTrue(page.contains("id=\"brief-country-KG\""), "the link's row is on the page");
    assertTrue(page.contains("value=\"kashgar\""), "the field keeps what was typed");

    String none = Answer.text(Http.get(base, "briefs?q=" + q("no such thing anywhere")));
    assertTrue(none.contains("Nothing published matches “no such thing anywhere”."), none);
  }

  @Test
  void a_draft_is_found_by_editors_with_its_status_and_never_by_readers() {
    FormSession editor = new FormSession(base);
    assertEquals(302, editor.signIn(Accounts.editor(base)).statusCode(), "the editor signs in");
    HttpResponse<String> created = editor.newProject(DRAFT_NAME);
    assertFalse(FormSession.location(created).isEmpty(), created.body());

    String found = editor.get("admin/search.xhtml?q=" + q("ymyrtau logistics")).body();
    assertTrue(found.contains("1 result for “ymyrtau logistics”"), found);
    assertTrue(found.contains(DRAFT_NAME), found);
    assertTrue(found.contains("<td class=\"sw-found-status\">Draft</td>"), found);
    assertTrue(found.contains("/admin/entry.xhtml?key=project%2F"), "a link to the entry page");
    assertTrue(found.contains("id=\"header-search\""), "the header's box is on the page");

    assertTrue(hits("ymyrtau logistics", "en").isEmpty(), "a reader found the draft");
    String briefs = Answer.text(Http.get(base, "briefs?q=" + q("ymyrtau logistics")));
    assertFalse(briefs.contains(DRAFT_NAME), "the briefs page showed the draft");
  }
}
