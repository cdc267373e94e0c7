package org.silkway.web.api.brief;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.silkway.core.audit.Editor;
import org.silkway.core.i18n.Language;
import org.silkway.core.publication.Publications;
import org.silkway.reports.brief.BriefService;
import org.silkway.reports.brief.EditionPrerender;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.template.BriefFormat;
import org.silkway.web.support.Deployments;
import org.silkway.web.support.InTransaction;
import org.silkway.web.support.SilkwayIT;

/**
 * Inside Payara Micro, talking HTTP to its own server: a cached brief and a 304 reach no database
 * and render nothing, the edition address serves the same bytes for good, and once a publish has
 * returned no reader gets the old edition as current.
 *
 * <p>"No database" is counted with Hibernate's statistics, switched on for these tests only: every
 * JDBC statement Silkway's code sends goes through Hibernate, and the count is of statements
 * prepared on a connection, so a transaction that only asks for the revision is seen. Background
 * renders after a publish would also count, so each test first waits until none runs.
 */
@SilkwayIT
class BriefCacheIT {

  private static final BriefSubject KAZAKHSTAN = BriefSubject.country("KZ");
  private static final BriefSubject TRANSPORT = BriefSubject.sector("transport");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Deployment
  static WebArchive deployment() {
    return Deployments.silkwayWar();
  }

  @Inject BriefService briefs;
  @Inject EditionPrerender prerender;
  @Inject Publications publications;
  @Inject HttpServletRequest arquillianRequest;

  @PersistenceUnit(unitName = "silkway")
  EntityManagerFactory emf;

  @Resource UserTransaction tx;

  @AfterEach
  void statisticsOff() {
    statistics().setStatisticsEnabled(false);
  }

  @Test
  void a_cached_brief_is_served_without_a_database_statement_or_a_render() throws Exception {
    HttpResponse<byte[]> first = get("api/briefs/countries/KZ.pdf?lang=en", null);
    assertEquals(200, first.statusCode());
    awaitQuiet();
    Statistics statistics = counting();
    long renders = briefs.renders();

    HttpResponse<byte[]> again = get("api/briefs/countries/KZ.pdf?lang=en", null);

    assertEquals(200, again.statusCode());
    assertArrayEquals(first.body(), again.body());
    assertEquals(0, statistics.getPrepareStatementCount(), "a hit sent SQL");
    assertEquals(renders, briefs.renders());
  }

  @Test
  void a_reader_with_the_current_edition_gets_304_before_any_render() throws Exception {
    publish(); // so that no edition of the new revision is rendered yet
    awaitQuiet();
    String current = briefs.currentEdition(KAZAKHSTAN, Language.RU, BriefFormat.PDF).orElseThrow();
    Statistics statistics = counting();
    long renders = briefs.renders();

    HttpResponse<byte[]> unchanged =
        get("api/briefs/countries/KZ.pdf?lang=ru", "\"" + current + "\"");

    assertEquals(304, unchanged.statusCode());
    assertEquals(0, unchanged.body().length);
    assertEquals(renders, briefs.renders(), "a 304 rendered the brief");
    assertEquals(0, statistics.getPrepareStatementCount(), "a 304 sent SQL");
    assertEquals(
        arquillianRequest.getContextPath() + "/api/briefs/editions/" + current + ".pdf",
        unchanged.headers().firstValue("Content-Location").orElseThrow());
  }

  @Test
  void the_edition_address_serves_the_same_bytes_immutable() throws Exception {
    HttpResponse<byte[]> brief = get("api/briefs/countries/KZ.pdf?lang=zh", null);
    String location = brief.headers().firstValue("Content-Location").orElseThrow();
    String etag = brief.headers().firstValue("ETag").orElseThrow();

    HttpResponse<byte[]> edition =
        HTTP.send(
            HttpRequest.newBuilder(uri("").resolve(location)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> unknown = get("api/briefs/editions/aaaaaaaaaa.pdf", null);

    assertEquals(200, edition.statusCode());
    assertArrayEquals(brief.body(), edition.body());
    assertEquals(etag, edition.headers().firstValue("ETag").orElseThrow());
    assertEquals(
        "public, max-age=31536000, immutable",
        edition.headers().firstValue("Cache-Control").orElseThrow());
    assertEquals(404, unknown.statusCode());
    assertEquals(
        "application/problem+json",
        unknown.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
  }

  @Test
  void the_word_edition_has_an_immutable_address_of_its_own() throws Exception {
    HttpResponse<byte[]> docx = get("api/briefs/sectors/transport.docx?lang=ru", null);
    String location = docx.headers().firstValue("Content-Location").orElseThrow();
    String id = docx.headers().firstValue("ETag").orElseThrow().replace("\"", "");
    String pdfId = briefs.currentEdition(TRANSPORT, Language.RU, BriefFormat.PDF).orElseThrow();

    HttpResponse<byte[]> edition =
        HTTP.send(
            HttpRequest.newBuilder(uri("").resolve(location)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> asPdf = get("api/briefs/editions/" + id + ".pdf", null);
    HttpResponse<byte[]> pdfAsDocx = get("api/briefs/editions/" + pdfId + ".docx", null);

    assertEquals(
        arquillianRequest.getContextPath() + "/api/briefs/editions/" + id + ".docx", location);
    assertEquals(id, briefs.currentEdition(TRANSPORT, Language.RU, BriefFormat.DOCX).orElseThrow());
    assertNotEquals(pdfId, id);
    assertEquals(200, edition.statusCode());
    assertArrayEquals(docx.body(), edition.body());
    assertEquals(
        BriefFormat.DOCX.mediaType(), edition.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(
        "public, max-age=31536000, immutable",
        edition.headers().firstValue("Cache-Control").orElseThrow());
    assertEquals(404, asPdf.statusCode(), "a DOCX edition served as PDF");
    assertEquals(404, pdfAsDocx.statusCode(), "a PDF edition served as DOCX");
  }

  @Test
  void once_a_publish_returns_no_reader_gets_the_old_edition_as_current() throws Exception {
    HttpResponse<byte[]> before = get("api/briefs/countries/KZ.pdf?lang=en", null);
    String old = before.headers().firstValue("ETag").orElseThrow();

    publish();
    HttpResponse<byte[]> revalidated = get("api/briefs/countries/KZ.pdf?lang=en", old);
    HttpResponse<byte[]> head = head("api/briefs/countries/KZ.pdf?lang=en");

    assertEquals(200, revalidated.statusCode(), "the old edition was still current");
    String now = revalidated.headers().firstValue("ETag").orElseThrow();
    assertNotEquals(old, now);
    assertEquals(now, head.headers().firstValue("ETag").orElseThrow());
    assertEquals(
        String.valueOf(revalidated.body().length),
        head.headers().firstValue("Content-Length").orElseThrow());
  }

  /** A publishing act that changes no content: it moves the revision, as any publish does. */
  private void publish() {
    Editor.actingAs(
        "cache-test",
        () -> InTransaction.run(tx, () -> publications.publish("cache probe", () -> null)));
  }

  private void awaitQuiet() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (prerender.busy() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }

  private Statistics statistics() {
    return emf.unwrap(SessionFactory.class).getStatistics();
  }

  private Statistics counting() {
    Statistics statistics = statistics();
    statistics.setStatisticsEnabled(true);
    statistics.clear();
    return statistics;
  }

  private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> head(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri(path))
            .method("HEAD", HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** This server, as the request that runs the test reached it. */
  private URI uri(String path) {
    return URI.create(
        "http://127.0.0.1:"
            + arquillianRequest.getLocalPort()
            + arquillianRequest.getContextPath()
            + "/"
            + path);
  }
}
