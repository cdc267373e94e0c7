package org.silkway.reports.brief;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.silkway.core.history.CurrentRevision;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.history.RegisterRevision;
import org.silkway.core.i18n.Language;
import org.silkway.core.support.Archiving;
import org.silkway.core.support.Persistence;
import org.silkway.core.support.SeededRegister;
import org.silkway.core.support.TestDatabase;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.edition.EditionId;
import org.silkway.reports.edition.RenderedBrief;
import org.silkway.reports.edition.TemplateVersion;
import org.silkway.reports.template.BriefFormat;
import org.silkway.reports.template.BriefRenderer;

/**
 * The edition cache as readers meet it, with a renderer that only counts (no templates): a hit asks
 * the database nothing, concurrent misses render once, and an edition id never names content of
 * another revision.
 */
class EditionCacheTest {

  private static final BriefSubject KAZAKHSTAN = BriefSubject.country("KZ");

  private static Persistence db;

  private final AtomicInteger databaseCalls = new AtomicInteger();
  private final CountingRenderer renderer = new CountingRenderer();

  @BeforeAll
  static void seed() {
    db = Persistence.on(TestDatabase.H2);
    SeededRegister.importInto(db);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void a_cached_edition_is_served_without_asking_the_database() {
    BriefService briefs = service(heldCurrentRevision());
    RenderedBrief first = briefs.render(KAZAKHSTAN, Language.EN, null, BriefFormat.PDF);
    databaseCalls.set(0);

    RenderedBrief again = briefs.render(KAZAKHSTAN, Language.EN, null, BriefFormat.PDF);

    assertEquals(0, databaseCalls.get(), "a hit read the database");
    assertEquals(first.editionId(), again.editionId());
    assertEquals(1, renderer.renders.get());
  }

  @Test
  void concurrent_requests_for_a_missing_edition_render_it_once() {
    BriefService briefs = service(heldCurrentRevision());
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<RenderedBrief>> readers =
        IntStream.range(0, 8)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          await(start);
                          return briefs.render(KAZAKHSTAN, Language.RU, null, BriefFormat.PDF);
                        }))
            .toList();
    start.countDown();

    List<RenderedBrief> served = readers.stream().map(CompletableFuture::join).toList();

    assertEquals(1, renderer.renders.get());
    served.forEach(brief -> assertArrayEquals(served.get(0).bytes(), brief.bytes()));
  }

  @Test
  void a_render_that_reads_a_newer_revision_is_filed_under_that_revision() {
    CurrentRevision lagging = heldCurrentRevision();
    BriefService briefs = service(lagging);
    long before = lagging.get().orElseThrow().number();
    String oldEdition =
        briefs.currentEdition(KAZAKHSTAN, Language.ZH, BriefFormat.PDF).orElseThrow();
    // A publication this node has not heard of: no event outside a container.
    Archiving.publish(db, "alice", "sector/energy");

    RenderedBrief served = briefs.render(KAZAKHSTAN, Language.ZH, null, BriefFormat.PDF);

    assertNotEquals(oldEdition, served.editionId(), "revision N+1 served under N's id");
    String newEdition =
        EditionId.of(
            KAZAKHSTAN, Language.ZH, before + 1, TemplateVersion.current(), null, BriefFormat.PDF);
    assertEquals(newEdition, served.editionId());
    assertEquals(newEdition, new String(served.bytes(), StandardCharsets.UTF_8));
    assertEquals(before + 1, lagging.get().orElseThrow().number());
    assertEquals(
        served.editionId(),
        briefs.currentEdition(KAZAKHSTAN, Language.ZH, BriefFormat.PDF).orElseThrow());
  }

  private BriefService service(CurrentRevision current) {
    return new BriefService(countingHistory(), current, renderer, 64L << 20);
  }

  /** Held as in a container: read once, then moved only by events (none here) or newer reads. */
  private CurrentRevision heldCurrentRevision() {
    return new CurrentRevision(() -> db.inTransaction(em -> new RegisterHistory(em).latest()));
  }

  /** The history as the container gives it, every call its own transaction, counted. */
  private RegisterHistory countingHistory() {
    return new RegisterHistory() {
      @Override
      public Optional<RegisterRevision> latest() {
        databaseCalls.incrementAndGet();
        return db.inTransaction(em -> new RegisterHistory(em).latest());
      }

      @Override
      public Optional<RegisterRevision> at(java.time.Instant moment) {
        databaseCalls.incrementAndGet();
        return db.inTransaction(em -> new RegisterHistory(em).at(moment));
      }

      @Override
      public <T> T read(
          Optional<RegisterRevision> revision, Function<PublishedRegister, T> reader) {
        databaseCalls.incrementAndGet();
        return db.inTransaction(em -> new RegisterHistory(em).read(revision, reader));
      }
    };
  }

  /** Renders the edition id the brief prints as text, slowly enough for readers to pile up. */
  private static final class CountingRenderer extends BriefRenderer {

    final AtomicInteger renders = new AtomicInteger();

    @Override
    public byte[] render(Brief brief, BriefFormat format) {
      renders.incrementAndGet();
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return brief.editionId().getBytes(StandardCharsets.UTF_8);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
