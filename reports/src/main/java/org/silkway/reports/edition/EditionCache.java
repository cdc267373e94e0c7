package org.silkway.reports.edition;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rendered editions by id, least recently used first out, never holding more PDF bytes than its
 * bound. An edition never changes, so nothing here can go stale: a publish moves the revision and
 * with it the id a request looks for.
 */
public final class EditionCache {

  private final long maxBytes;
  private final LinkedHashMap<String, RenderedBrief> editions =
      new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  public EditionCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public synchronized Optional<RenderedBrief> get(String editionId) {
    return Optional.ofNullable(editions.get(editionId));
  }

  /** Keeps the edition unless it alone is larger than the bound. */
  public synchronized void put(RenderedBrief brief) {
    long size = brief.pdf().length;
    if (size > maxBytes || editions.containsKey(brief.editionId())) {
      return;
    }
    editions.put(brief.editionId(), brief);
    bytes += size;
    var eldest = editions.entrySet().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      Map.Entry<String, RenderedBrief> out = eldest.next();
      bytes -= out.getValue().pdf().length;
      eldest.remove();
    }
  }

  public synchronized long bytes() {
    return bytes;
  }

  public synchronized int size() {
    return editions.size();
  }
}
