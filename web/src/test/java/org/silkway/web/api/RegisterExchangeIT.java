package org.silkway.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkway.core.register.RegisterDocument;
import org.silkway.core.register.RegisterJsonReader;
import org.silkway.core.register.SeedLoader;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;

/** The register over HTTP: the export, and the import that refuses what it cannot take whole. */
@OnSilkway
class RegisterExchangeIT {

  private final URL base;

  RegisterExchangeIT(URL base) {
    this.base = base;
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    return post(path, "application/json", json);
  }

  private HttpResponse<String> post(String path, String contentType, String json) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve(path))
                .header("Content-Type", contentType)
                .header("Authorization", Accounts.admin(base).basic())
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private String export() {
    HttpResponse<byte[]> response = Http.get(base, "api/export");
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  @Test
  void the_export_is_the_whole_published_seed_in_the_register_format_and_is_stable() {
    String json = export();
    RegisterDocument document =
        RegisterJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

    assertEquals(5, document.sources().size());
    // Every seed entry, and perhaps entries other tests of this server published before this one
    // ran (the curation and spreadsheet browser tests approve projects): the order is not fixed.
    List<String> exported = document.entries().stream().map(e -> e.key()).toList();
    List<String> seeded = SeedLoader.seed().entries().stream().map(e -> e.key()).toList();
    assertEquals(78, seeded.size());
    assertTrue(exported.containsAll(seeded), "a seed entry is missing from the export");
    assertTrue(document.entries().stream().allMatch(e -> e.status().equals("PUBLISHED")));
    assertTrue(
        json.contains("between China and Kazakhstan in 2024"), "an excerpt of the seed is missing");
    assertEquals(json, export(), "two exports of the same register differ");
  }

  @Test
  void the_export_is_tagged_with_the_published_revision_and_a_client_holding_it_gets_304() {
    HttpResponse<byte[]> first = Http.get(base, "api/export");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertTrue(etag.matches("\"[0-9]+\""), etag);
    assertEquals("public, no-cache", first.headers().firstValue("Cache-Control").orElse(""));

    HttpResponse<byte[]> again =
        Http.send(
            HttpRequest.newBuilder(Http.resolve(base, "api/export"))
                .header("If-None-Match", etag)
                .build());

    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);
    assertEquals(etag, again.headers().firstValue("ETag").orElse(""));

    HttpResponse<byte[]> other =
        Http.send(
            HttpRequest.newBuilder(Http.resolve(base, "api/export"))
                .header("If-None-Match", "\"-1\"")
                .build());
    assertEquals(200, other.statusCode());
    assertTrue(other.body().length > 0);
  }

  @Test
  void an_invalid_document_is_refused_with_each_problem_located_and_nothing_changes()
      throws Exception {
    String before = export();
    String invalid =
        """
        {"format":"silkway-register","version":1,"sources":[],
         "entries":[{"key":"project/x","type":"PROJECT","status":"PUBLISHED","names":{"en":"X"},"attributes":{},
           "claims":[{"key":"x1","property":"cost","value":{"amount":"eight","unit":"USD_BILLION","bound":"ABOUT"},"kind":"ACTUAL"}]}]}""";

    HttpResponse<String> response = post("api/admin/import", invalid);

    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"where\":\"entry 'project/x'\""), response.body());
    assertTrue(response.body().contains("\"field\":\"claims[0].value.amount\""), response.body());
    assertEquals(before, export());
  }

  @Test
  void a_valid_document_is_refused_while_the_register_is_not_empty() throws Exception {
    String before = export();

    HttpResponse<String> response = post("api/admin/import", before);

    assertEquals(409, response.statusCode(), response.body());
    assertTrue(response.body().contains("empty database"), response.body());
    assertEquals(before, export());
  }

  @Test
  void an_import_without_credentials_is_refused_with_a_basic_challenge() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(base.toExternalForm()).resolve("api/admin/import"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(export()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(401, response.statusCode(), response.body());
    assertEquals(
        "Basic realm=\"Silkway\", charset=\"UTF-8\"",
        response.headers().firstValue("WWW-Authenticate").orElse(""));
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        response.headers().toString());
  }

  @Test
  void a_body_that_is_not_json_is_refused_as_a_problem() throws Exception {
    HttpResponse<String> response = post("api/admin/import", "text/plain", export());

    assertEquals(415, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
  }
}
