package org.silkway.core.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.silkway.core.entry.EntryKey;

/** Finds and stores sources. */
@ApplicationScoped
public class SourceRepository {

  @PersistenceContext(unitName = "silkway")
  private EntityManager em;

  protected SourceRepository() {}

  /** For use outside a container (tools, tests). */
  public SourceRepository(EntityManager em) {
    this.em = em;
  }

  public List<Source> all() {
    return em.createNamedQuery(Source.ALL, Source.class).getResultList();
  }

  /**
   * The source with that key; empty, without asking the database, for text that cannot be a key
   * (PostgreSQL refuses a NUL byte in a parameter).
   */
  public Optional<Source> byKey(String key) {
    if (!EntryKey.isSlug(key)) {
      return Optional.empty();
    }
    return em.unwrap(Session.class).bySimpleNaturalId(Source.class).loadOptional(key);
  }

  public long count() {
    return em.createNamedQuery(Source.COUNT, Long.class).getSingleResult();
  }

  public void add(Source source) {
    em.persist(source);
  }

  /** Whether readers see the source: a published claim of a published entry cites it. */
  public boolean isPublic(Source source) {
    return em.createNamedQuery(Source.IS_PUBLIC, Long.class)
            .setParameter("source", source)
            .getSingleResult()
        > 0;
  }

  /** The sources with an edit waiting for review, oldest first. */
  public List<Source> withProposedChanges() {
    return em.createNamedQuery(Source.WITH_PROPOSAL, Source.class).getResultList();
  }

  /** Writes pending changes now, so that a conflicting save fails inside the service. */
  public void flush() {
    em.flush();
  }
}
