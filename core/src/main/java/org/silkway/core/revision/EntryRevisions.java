package org.silkway.core.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.silkway.core.audit.Revision;
import org.silkway.core.claim.Citation;
import org.silkway.core.claim.Claim;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.i18n.Formats;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.Vocabulary;
import org.silkway.core.publication.Publication;

/**
 * Reads an entry's history from the audit trail: the entry, its claims and their citations as they
 * stood at each revision that changed them (every change moves the entry's version, so every such
 * revision has the entry in it), worded in a reader's language inside the transaction, where the
 * names of entries and sources at that revision can still be loaded.
 */
@ApplicationScoped
public class EntryRevisions {

  @PersistenceContext(unitName = "silkway")
  private EntityManager em;

  protected EntryRevisions() {}

  /** For use outside a container (tools, tests). */
  public EntryRevisions(EntityManager em) {
    this.em = em;
  }

  /** The entry's history, oldest first; empty when no entry has the key. */
  @Transactional
  public List<HistoryStep> history(String key, Language language) {
    Optional<Entry> entry = new EntryRepository(em).byKey(key);
    if (entry.isEmpty()) {
      return List.of();
    }
    AuditReader reader = AuditReaderFactory.get(em);
    Set<Long> published = publishedRevisions();
    List<HistoryStep> steps = new ArrayList<>();
    EntryVersion previous = null;
    for (long revision : revisionsOf(reader, entry.get())) {
      EntryVersion version = version(reader, entry.get().id(), revision, published, language);
      if (version == null) {
        continue;
      }
      List<Difference> changes =
          Diffs.between(previous == null ? empty(version) : previous, version);
      steps.add(new HistoryStep(version, Formats.of(language).dateTime(version.at()), changes));
      previous = version;
    }
    return steps;
  }

  /** The revisions that changed the entry, its claims or their citations, oldest first. */
  @Transactional
  public List<Long> revisions(String key) {
    return new EntryRepository(em)
        .byKey(key)
        .map(e -> List.copyOf(revisionsOf(AuditReaderFactory.get(em), e)))
        .orElse(List.of());
  }

  /**
   * What changed in the entry from one of its revisions to another.
   *
   * @return empty when no entry has the key or it did not exist at either revision
   */
  @Transactional
  public Optional<EntryDiff> diff(String key, long from, long to, Language language) {
    Optional<Entry> entry = new EntryRepository(em).byKey(key);
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    AuditReader reader = AuditReaderFactory.get(em);
    Set<Long> published = publishedRevisions();
    EntryVersion before = version(reader, entry.get().id(), from, published, language);
    EntryVersion after = version(reader, entry.get().id(), to, published, language);
    if (before == null || after == null) {
      return Optional.empty();
    }
    return Optional.of(new EntryDiff(key, before, after, Diffs.between(before, after)));
  }

  /**
   * Every revision that changed the entry, one of its claims or one of their citations, in order.
   * The entry's own rows are not enough: its version moves with every change, but the audit trail
   * leaves the version out, so a citation changed alone is found through the citation's rows.
   */
  private static java.util.SortedSet<Long> revisionsOf(AuditReader reader, Entry entry) {
    java.util.SortedSet<Long> revisions = new java.util.TreeSet<>();
    reader.getRevisions(Entry.class, entry.id()).forEach(r -> revisions.add(r.longValue()));
    revisions.addAll(numbers(reader, Claim.class, "entry", entry.id()));
    for (Claim claim : entry.allClaims()) {
      revisions.addAll(numbers(reader, Citation.class, "claim", claim.id()));
    }
    return revisions;
  }

  private static List<Long> numbers(AuditReader reader, Class<?> type, String owner, Long id) {
    return reader
        .createQuery()
        .forRevisionsOfEntity(type, false, true)
        .add(AuditEntity.relatedId(owner).eq(id))
        .addProjection(AuditEntity.revisionNumber())
        .getResultList()
        .stream()
        .map(n -> ((Number) n).longValue())
        .toList();
  }

  /** The entry as it stood at the revision, or null when it did not exist then. */
  private EntryVersion version(
      AuditReader reader, Long id, long revision, Set<Long> published, Language language) {
    Entry state = reader.find(Entry.class, id, revision);
    if (state == null) {
      return null;
    }
    Revision stamp = reader.findRevision(Revision.class, revision);
    Map<String, String> names = new LinkedHashMap<>();
    for (Language l : Language.values()) {
      if (state.name().has(l)) {
        names.put(l.tag(), state.name().in(l));
      }
    }
    List<ClaimState> claims = state.allClaims().stream().map(c -> claim(c, language)).toList();
    return new EntryVersion(
        revision,
        stamp.revisedAt(),
        stamp.editor(),
        published.contains(revision),
        state.status().name(),
        names,
        new LinkedHashMap<>(state.attributes()),
        claims);
  }

  private static ClaimState claim(Claim c, Language language) {
    return new ClaimState(
        c.key(),
        c.property(),
        Vocabulary.of(language).property(c.property()),
        Formats.of(language).value(c.property(), c.value()),
        c.status().name(),
        c.isPreferred(),
        c.isRetractionProposed(),
        c.replaces() == null ? null : c.replaces().key(),
        c.citations().stream().map(EntryRevisions::citation).toList());
  }

  private static String citation(Citation c) {
    return c.source().title() + ": “" + c.excerpt() + "”";
  }

  /** Before the first revision: the same entry with nothing in it, so that all of it is new. */
  private static EntryVersion empty(EntryVersion first) {
    return new EntryVersion(
        0, first.at(), first.editor(), false, first.status(), Map.of(), Map.of(), List.of());
  }

  /** The audit revisions at which something was published: what readers saw. */
  private Set<Long> publishedRevisions() {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Publication> p = query.from(Publication.class);
    query.select(p.get("auditRevision"));
    return new HashSet<>(em.createQuery(query).getResultList());
  }
}
