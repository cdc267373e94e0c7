package org.silkway.web.api.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.silkway.web.support.Answer;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;
import org.silkway.web.support.Pdfs;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What changed, as a reader who follows the register gets it: the JSON list and the Atom feed of
 * change sets (the seed's import is the first, today), their links to briefs and to "changes since"
 * PDFs, and the problems a wrong parameter gets.
 */
@OnSilkway
class ChangesIT {

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

  private final URL base;

  ChangesIT(URL base) {
    this.base = base;
  }

  @Test
  void the_list_has_the_seeds_publication_with_links_that_answer() throws IOException {
    HttpResponse<byte[]> response = Http.get(base, "api/changes?since=" + TODAY);

    assertEquals(200, response.statusCode(), Answer.text(response));
    assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "the list opened a session");
    JsonObject list = json(response);
    assertEquals(TODAY, list.getString("since"));
    JsonObject first = list.getJsonArray("changeSets").getJsonObject(0);
    JsonObject kazakhstan =
        first.getJsonArray("subjects").getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getString("subject").equals("countries/KZ"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the seed did not touch Kazakhstan: " + first));
    assertFalse(kazakhstan.getJsonArray("changes").isEmpty());
    assertEquals("added", kazakhstan.getJsonArray("changes").getJsonObject(0).getString("kind"));

    HttpResponse<byte[]> brief = Http.get(base, kazakhstan.getString("brief").substring(1));
    HttpResponse<byte[]> changes = Http.get(base, kazakhstan.getString("changesPdf").substring(1));
    assertEquals(200, brief.statusCode());
    assertEquals("application/pdf", Answer.contentType(brief));
    assertEquals(200, changes.statusCode(), Answer.text(changes));
    String text = Pdfs.text(changes.body());
    assertTrue(text.toLowerCase().contains("what changed"), text);
    assertTrue(text.contains("Kazakhstan") && text.contains("Added."), text);
  }

  @Test
  void the_changes_pdf_is_one_edition_answered_by_its_etag_in_every_language() throws IOException {
    for (String lang : new String[] {"en", "ru", "zh"}) {
      String path = "api/briefs/countries/KZ/changes.pdf?lang=" + lang + "&since=" + TODAY;
      HttpResponse<byte[]> first = Http.get(base, path);
      HttpResponse<byte[]> second = Http.get(base, path);

      assertEquals(200, first.statusCode(), Answer.text(first));
      String etag = first.headers().firstValue("ETag").orElseThrow();
      assertEquals(etag, second.headers().firstValue("ETag").orElseThrow());
      String text = Pdfs.text(first.body());
      assertTrue(
          switch (lang) {
            case "ru" -> text.contains("Казахстан") && text.contains("Добавлено.");
            case "zh" -> text.contains("哈萨克斯坦") && text.contains("已新增。");
            default -> text.contains("Kazakhstan") && text.contains("Added.");
          },
          text);
    }
  }

  @Test
  void the_feed_is_atom_as_rfc_4287_requires_with_an_entry_for_kazakhstan() throws Exception {
    HttpResponse<byte[]> response =
        Http.get(base, "api/changes.atom?subject=countries/KZ&since=" + TODAY);

    assertEquals(200, response.statusCode(), Answer.text(response));
    assertEquals("application/atom+xml;charset=UTF-8", Answer.contentType(response));
    Element feed = parse(response.body()).getDocumentElement();
    assertEquals(ATOM, feed.getNamespaceURI());
    assertEquals("feed", feed.getLocalName());
    requireAtomHead(feed);
    assertEquals(1, children(feed, "author").size(), "a feed without an author in every entry");
    List<Element> entries = children(feed, "entry");
    assertFalse(entries.isEmpty(), "no entry for the seed's publication");
    for (Element entry : entries) {
      requireAtomHead(entry);
      assertTrue(
          children(entry, "link").stream().anyMatch(l -> l.getAttribute("rel").equals("alternate")),
          "an entry without content needs an alternate link");
      for (Element link : children(entry, "link")) {
        URI href = URI.create(link.getAttribute("href"));
        assertTrue(href.isAbsolute(), href.toString());
        assertEquals(
            200,
            Http.send(java.net.http.HttpRequest.newBuilder(href).build()).statusCode(),
            href.toString());
      }
      assertTrue(
          children(entry, "category").stream()
              .anyMatch(c -> c.getAttribute("term").equals("countries/KZ")),
          "the entry does not name Kazakhstan");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "api/changes?since=yesterday",
        "api/changes?since=2999-01-01",
        "api/changes?subject=countries/kz",
        "api/changes?since=" + "2026-12-02&until=2026-12-01",
        "api/changes.atom?lang=fr",
        "api/briefs/countries/KZ/changes.pdf",
        "api/briefs/countries/KZ/changes.pdf?since=2026-13-01"
      })
  void a_wrong_parameter_is_a_400_that_says_what_to_give(String path) {
    HttpResponse<byte[]> response = Http.get(base, path);

    assertEquals(400, response.statusCode(), Answer.text(response));
    assertTrue(Answer.contentType(response).startsWith("application/problem+json"));
    assertNull(Answer.internalsIn(response), "internals in the problem");
  }

  @Test
  void changes_since_a_day_before_the_history_say_when_it_starts() {
    HttpResponse<byte[]> response =
        Http.get(base, "api/briefs/countries/KZ/changes.pdf?since=2020-01-01");

    assertEquals(404, response.statusCode());
    assertTrue(
        Answer.text(response).contains("The register's history starts on " + TODAY),
        Answer.text(response));
  }

  @Test
  void the_briefs_page_offers_what_changed_since_a_day_and_refuses_one_before_the_history() {
    String page = Answer.text(Http.get(base, "briefs?since=" + TODAY));
    String refused = Answer.text(Http.get(base, "briefs?since=2020-01-01"));

    assertTrue(page.contains("What changed since"), page);
    assertTrue(
        page.contains("/api/briefs/countries/KZ/changes.pdf?lang=ru&amp;since=" + TODAY), page);
    assertTrue(refused.contains("There are no changes since 1 January 2020"), refused);
    assertFalse(refused.contains("changes.pdf"), "links that would answer 404");
  }

  /** What RFC 4287 requires of a feed and of each entry: one id (an IRI), title and updated. */
  private static void requireAtomHead(Element element) {
    for (String name : new String[] {"id", "title", "updated"}) {
      assertEquals(
          1, children(element, name).size(), element.getLocalName() + " needs one " + name);
    }
    assertTrue(URI.create(children(element, "id").get(0).getTextContent()).isAbsolute());
    OffsetDateTime.parse(children(element, "updated").get(0).getTextContent());
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && ATOM.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static JsonObject json(HttpResponse<byte[]> response) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(response.body()))) {
      return reader.readObject();
    }
  }
}
