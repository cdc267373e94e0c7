package org.silkway.core.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.silkway.core.claim.Claim;

/** Finds and stores entries of every type. */
@ApplicationScoped
public class EntryRepository {

  /** Entries per query of {@link #loadCitationsAndOrigins}: well within every database's limits. */
  public static final int LOAD_CHUNK = 1_000;

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
    return em.unwrap(Session.class).bySimpleNaturalId(Entry.class).loadOptional(key);
  }

  /** Every entry, whatever its status, by key. */
  public List<Entry> all() {
    return em.createNamedQuery(Entry.ALL, Entry.class).getResultList();
  }

  /** The published entries, by key: what public outputs show. */
  public List<Entry> published() {
    return em.createNamedQuery(Entry.PUBLISHED, Entry.class).getResultList();
  }

  /**
   * The keys of the published entries, in key order: a whole register's worth is a few megabytes.
   */
  public List<String> publishedKeys() {
    return em.createQuery(
            "select e.key from Entry e"
                + " where e.status = org.silkway.core.entry.EntryStatus.PUBLISHED order by e.key",
            String.class)
        .getResultList();
  }

  /** The entries with these keys, in key order. */
  public List<Entry> byKeys(List<String> keys) {
    return em.createQuery("select e from Entry e where e.key in :keys order by e.key", Entry.class)
        .setParameter("keys", keys)
        .getResultList();
  }

  /** The published entries of one type, by key. */
  public List<Entry> publishedOfType(EntryType type) {
    return em.createNamedQuery(Entry.PUBLISHED_OF_TYPE, Entry.class)
        .setParameter("type", type)
        .getResultList();
  }

  /**
   * The published entries with a published claim whose value is the target, by key, with their
   * claims: found through the index on a claim's value, so that the entries of a country or a
   * sector are read without reading the rest of the register.
   */
  public List<Entry> publishedReferrersOf(Entry target) {
    return em.createNamedQuery(Entry.PUBLISHED_REFERRERS, Entry.class)
        .setParameter("target", target)
        .getResultList();
  }

  /** The published entries of a type with their claims, by key. */
  public List<Entry> publishedOfTypeWithClaims(EntryType type) {
    return em.createNamedQuery(Entry.PUBLISHED_OF_TYPE_WITH_CLAIMS, Entry.class)
        .setParameter("type", type)
        .getResultList();
  }

  /** Every published entry with its claims, by key. */
  public List<Entry> publishedWithClaims() {
    return em.createNamedQuery(Entry.PUBLISHED_WITH_CLAIMS, Entry.class).getResultList();
  }

  /**
   * Loads the citations (with their sources) and the origins of these entries' claims in two
   * queries per thousand entries, instead of one per claim as they are first read.
   */
  public void loadCitationsAndOrigins(List<Entry> entries) {
    for (int from = 0; from < entries.size(); from += LOAD_CHUNK) {
      List<Entry> chunk = entries.subList(from, Math.min(entries.size(), from + LOAD_CHUNK));
      em.createNamedQuery(Entry.CLAIMS_WITH_CITATIONS, Claim.class)
          .setParameter("entries", chunk)
          .getResultList();
      em.createNamedQuery(Entry.CLAIMS_WITH_ORIGINS, Claim.class)
          .setParameter("entries", chunk)
          .getResultList();
    }
  }

  /** Entries of one type, whatever their status, by English name. */
  public List<Entry> ofType(EntryType type) {
    return em.createNamedQuery(Entry.OF_TYPE, Entry.class)
        .setParameter("type", type)
        .getResultList();
  }

  /** The entries with a claim, of any status, that cites the source. */
  public List<Entry> citing(org.silkway.core.source.Source source) {
    return em.createNamedQuery(Entry.CITING, Entry.class)
        .setParameter("source", source)
        .getResultList();
  }

  public long count() {
    return em.createNamedQuery(Entry.COUNT, Long.class).getSingleResult();
  }

  public void add(Entry entry) {
    em.persist(entry);
  }

  /** Whether some entry already has a claim with this key: claim keys are unique register-wide. */
  public boolean claimKeyTaken(String claimKey) {
    return em.createNamedQuery(Entry.CLAIM_KEY_COUNT, Long.class)
            .setParameter("key", claimKey)
            .getSingleResult()
        > 0;
  }

  /**
   * Writes pending changes now, inside the caller's transaction, so that a concurrent change shows
   * up as an {@link jakarta.persistence.OptimisticLockException} where the caller can explain it.
   */
  public void flush() {
    em.flush();
  }

  /**
   * A claim as it stood at an audit revision, read from the audit trail; empty when it did not
   * exist then. The claim is a read-only copy: entries it names are looked up again to use them.
   */
  public Optional<org.silkway.core.claim.Claim> claimAt(Long claimId, long revision) {
    return Optional.ofNullable(
        org.hibernate.envers.AuditReaderFactory.get(em)
            .find(org.silkway.core.claim.Claim.class, claimId, revision));
  }

  /**
   * The entry as it stood at an audit revision, with its claims then, read from the audit trail;
   * empty when it did not exist then. A read-only copy, like {@link #claimAt}.
   */
  public Optional<Entry> entryAt(Long entryId, long revision) {
    return Optional.ofNullable(
        org.hibernate.envers.AuditReaderFactory.get(em).find(Entry.class, entryId, revision));
  }
}
