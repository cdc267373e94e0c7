package org.silkway.reports.edition;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rendered editions by id, never holding many more bytes than its bound (Caffeine, weighed by file
 * size). An edition never changes, so nothing here can go stale: a publish moves the revision and
 * with it the id a request looks for.
 *
 * <p>A hit is a read of a concurrent map: no lock, no transaction. Concurrent misses for one
 * edition render it once: the others wait for that render. Caffeine's housekeeping runs on the
 * calling threads, not on a pool the container does not manage.
 */
public final class EditionCache {

  private final Cache<String, RenderedBrief> editions;

  public EditionCache(long maxBytes) {
    this.editions =
        Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .<String, RenderedBrief>weigher((id, brief) -> brief.bytes().length)
            .executor(Runnable::run)
            .build();
  }

  /** The edition if it is in memory. */
  public Optional<RenderedBrief> find(String editionId) {
    return Optional.ofNullable(editions.getIfPresent(editionId));
  }

  /**
   * The edition {@code editionId}, rendered by {@code render} unless it is in memory or being
   * rendered already.
   *
   * <p>The render may have read a newer revision than the id was computed from (a publication
   * committed before this node heard of it). Its brief then carries its own, newer id: it is
   * returned, and kept under that id only, so an id always names the content it was made from.
   */
  public RenderedBrief get(String editionId, Function<String, RenderedBrief> render) {
    RenderedBrief brief = editions.get(editionId, render);
    if (!brief.editionId().equals(editionId)) {
      editions.asMap().remove(editionId, brief);
      editions.asMap().putIfAbsent(brief.editionId(), brief);
    }
    return brief;
  }
}
