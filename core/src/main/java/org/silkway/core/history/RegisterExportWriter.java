package org.silkway.core.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.Function;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.publication.Publication;
import org.silkway.core.publication.Publications;
import org.silkway.core.register.RegisterDocument.SourceRecord;
import org.silkway.core.register.RegisterExporter;
import org.silkway.core.register.RegisterJsonWriter;

/**
 * Writes the current published register as a register document, in the same bytes as {@link
 * RegisterHistory#current()} gives, but in memory that does not grow with the register: entries are
 * read a batch at a time and the persistence context is cleared after each batch, so a batch is
 * garbage once written. The read model's rules hold as in {@link PublishedRegister}: published
 * entries, the claims {@link Entry#claims()} publishes, and the sources those claims cite.
 *
 * <p>The sources come first in the document, so the entries are read twice: once to find the cited
 * sources (only their records are kept), once to write the entries.
 */
@ApplicationScoped
public class RegisterExportWriter {

  /** Entries read and written per persistence context. */
  static final int BATCH = 200;

  /** A write is redone this often when a publication commits while it reads. */
  private static final int WRITE_ATTEMPTS = 5;

  @PersistenceContext(unitName = "silkway")
  private EntityManager em;

  private int batchSize = BATCH;

  protected RegisterExportWriter() {}

  /** For use outside a container (tools, tests), reading {@code batchSize} entries at a time. */
  public RegisterExportWriter(EntityManager em, int batchSize) {
    this.em = em;
    this.batchSize = batchSize;
  }

  /**
   * Writes the current published register to {@code file} (replacing what it held) and says which
   * revision it is. As with {@link RegisterHistory#read}, the revision is read before and after;
   * when a publication committed in between, the file is written again, so that it is exactly the
   * revision it names.
   */
  @Transactional
  public RegisterRevision writeCurrent(Path file) throws IOException {
    for (int attempt = 1; ; attempt++) {
      RegisterRevision before = latest();
      try (OutputStream out = Files.newOutputStream(file)) {
        write(out);
      }
      if (latest().number() == before.number()) {
        return before;
      }
      if (attempt == WRITE_ATTEMPTS) {
        throw new IllegalStateException(
            "The register is being published faster than it can be exported. Try again shortly.");
      }
    }
  }

  private void write(OutputStream out) {
    List<String> keys = new EntryRepository(em).publishedKeys();
    Map<String, SourceRecord> cited = new TreeMap<>();
    new Batched<>(keys, RegisterExportWriter::citedSources)
        .forEachRemaining(sources -> sources.forEach(s -> cited.putIfAbsent(s.key(), s)));
    RegisterJsonWriter.write(
        List.copyOf(cited.values()), new Batched<>(keys, RegisterExporter::entry), out);
  }

  private static List<SourceRecord> citedSources(Entry entry) {
    return entry.claims().stream()
        .flatMap(claim -> claim.citations().stream())
        .map(citation -> RegisterExporter.source(citation.source()))
        .toList();
  }

  private RegisterRevision latest() {
    return new Publications(em)
        .latest()
        .map(Publication::revision)
        .orElse(CurrentRevision.NOTHING_PUBLISHED);
  }

  /**
   * What {@code mapping} makes of each entry with these keys, in key order, read one batch ahead of
   * its consumer: the entities of a batch are detached once mapped.
   */
  private final class Batched<T> implements Iterator<T> {

    private final List<String> keys;
    private final Function<Entry, T> mapping;
    private int nextBatch;
    private Iterator<T> batch = Collections.emptyIterator();

    Batched(List<String> keys, Function<Entry, T> mapping) {
      this.keys = keys;
      this.mapping = mapping;
    }

    @Override
    public boolean hasNext() {
      while (!batch.hasNext() && nextBatch < keys.size()) {
        List<String> batchKeys =
            keys.subList(nextBatch, Math.min(nextBatch + batchSize, keys.size()));
        List<T> mapped = new EntryRepository(em).byKeys(batchKeys).stream().map(mapping).toList();
        em.clear();
        nextBatch += batchSize;
        batch = mapped.iterator();
      }
      return batch.hasNext();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return batch.next();
    }
  }
}
