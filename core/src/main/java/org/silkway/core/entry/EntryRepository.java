package org.silkway.core.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Finds and stores entries of every type. */
@ApplicationScoped
public class EntryRepository {

  @PersistenceContext(unitName = "silkway")
  private EntityManager em;

  protected EntryRepository() {}

  /** For use outside a container (tools, tests). */
  public EntryRepository(EntityManager em) {
    this.em = em;
  }

  /**
   * The entry with that key; empty, without asking the database, for text that cannot be a key (a
   * NUL byte or a megabyte of it reached here from a URL, and PostgreSQL refuses NUL).
   */
  public Optional<Entry> byKey(String key) {
    if (!EntryKey.isEntryKey(key)) {
      return Optional.empty();
    }
    return em.createNamedQuery(Entry.BY_KEY, Entry.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  /** Every entry, whatever its status, by key. */
  public List<Entry> all() {
    return em.createNamedQuery(Entry.ALL, Entry.class).getResultList();
  }

  /** The published entries, by key: what public outputs show. */
  public List<Entry> published() {
    return em.createNamedQuery(Entry.PUBLISHED, Entry.class).getResultList();
  }

  /** Entries of one type, whatever their status, by English name. */
  public List<Entry> ofType(EntryType type) {
    return em.createNamedQuery(Entry.OF_TYPE, Entry.class)
        .setParameter("type", type)
        .getResultList();
  }

  public long count() {
    return em.createNamedQuery(Entry.COUNT, Long.class).getSingleResult();
  }

  public void add(Entry entry) {
    em.persist(entry);
  }
}
