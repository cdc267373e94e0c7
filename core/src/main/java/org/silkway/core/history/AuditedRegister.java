package org.silkway.core.history;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.silkway.core.claim.Citation;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimStatus;
import org.silkway.core.claim.ClaimValue;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.entry.PublishingBlockedException;
import org.silkway.core.register.EntryFactory;
import org.silkway.core.source.Source;

/**
 * Published entries at an audit revision, made again from the audit tables: every one (one query
 * per audited table, put together in memory), or those a reader asks for ({@link AuditedQueries}),
 * each made once. Either way their rows are read a table at a time instead of by walking Envers'
 * entities (whose claims, citations and sources each load with a query of their own: about 120,000
 * of them for the 5,000-project register).
 *
 * <p>Why this and not Envers' validity audit strategy or a stored snapshot per publication: the
 * cost was never the query that finds an entity's row at a revision (one indexed query per table
 * either way) but that Envers hands out entities whose collections each load alone. Reading the
 * rows of each table at once and wiring them here needs no new column that every audited write must
 * keep up to date (the validity strategy's end revision, filled for all existing rows), and no copy
 * of the register per publication; the audit tables stay the one record, as Envers writes them.
 *
 * <p>Entries, sources, claims and citations come from Envers' queries at the revision (entities
 * with their own fields right, and references to entries, claims and sources resolved from the
 * reader's cache of what it has already read at that revision, so none of them is loaded again);
 * derivations, which have no entity of their own, from the audit table of the link. The entries are
 * then made afresh, unsaved, through the domain's own constructors, keeping exactly what {@link
 * Entry#claims()} and {@link Claim#publicOrigins()} let readers see.
 */
final class AuditedRegister {

  /** Derivations at the revision: the newest row of each link at or before it, unless removed. */
  private static final String DERIVATIONS =
      "select d.claim_id, d.derived_from_id from claim_derivation_aud d"
          + " where d.revtype <> 2 and d.rev = (select max(x.rev) from claim_derivation_aud x"
          + " where x.claim_id = d.claim_id and x.derived_from_id = d.derived_from_id"
          + " and x.rev <= ?1)";

  /** Ids per restricted query: well under what H2 and PostgreSQL take as parameters. */
  private static final int CHUNK = 1_000;

  /**
   * A published entry at the revision breaks one of today's rules (a property the schema no longer
   * takes, a derived value whose origins were all withdrawn since): the register at that revision
   * is read entity by entity instead.
   */
  static final class CannotMakeAgainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CannotMakeAgainException(RuntimeException cause) {
      super(cause);
    }
  }

  private final EntityManager em;
  private final AuditReader reader;
  private final long revision;
  private final PersistenceUnitUtil units;

  /** What is made so far: the copies by audited id and by key, and the claims copied. */
  private final Map<Object, Entry> made = new HashMap<>();

  private final Map<String, Entry> byKey = new HashMap<>();
  private final Map<Long, Claim> copies = new HashMap<>();
  private final Map<Long, Claim> originals = new HashMap<>();
  private Map<Object, Source> sources;
  private List<long[]> derivations;

  AuditedRegister(EntityManager em, long auditRevision) {
    this.em = em;
    this.reader = AuditReaderFactory.get(em);
    this.revision = auditRevision;
    this.units = em.getEntityManagerFactory().getPersistenceUnitUtil();
  }

  /**
   * The published entries at the audit revision, with their published claims, citations and
   * sources; empty when they cannot be made again under today's rules, for the caller to read them
   * entity by entity instead.
   */
  static Optional<List<Entry>> publishedAt(EntityManager em, long auditRevision) {
    try {
      return Optional.of(new AuditedRegister(em, auditRevision).all());
    } catch (CannotMakeAgainException e) {
      return Optional.empty();
    }
  }

  /** Every published entry at the revision, by key. */
  List<Entry> all() {
    make(null);
    return byKey.values().stream().sorted(Comparator.comparing(Entry::key)).toList();
  }

  /**
   * The copies of the published entries of these audited ids, made where not made yet, in the order
   * given. The ids hold every published entry that their published claims name or derive from
   * ({@link AuditedIndex#closure}): a copy's claims point at copies.
   *
   * @throws CannotMakeAgainException when one of them breaks one of today's rules
   */
  List<Entry> entries(Collection<Long> ids) {
    make(ids);
    return ids.stream().map(made::get).filter(e -> e != null).toList();
  }

  /** Whether the entry of this audited id is made already. */
  boolean isMade(long id) {
    return made.containsKey(id);
  }

  /** Whether the entry is one of the copies made here, that is, published at the revision. */
  boolean isCopy(Entry entry) {
    return byKey.get(entry.key()) == entry;
  }

  /**
   * Makes the entries of the ids not made yet (every entry when null). All of them are made before
   * any claim is added, since a claim may name any of them.
   */
  private void make(Collection<Long> wanted) {
    try {
      if (wanted == null) {
        makeEach(null);
      } else {
        List<Long> fresh = wanted.stream().distinct().filter(id -> !made.containsKey(id)).toList();
        if (!fresh.isEmpty()) {
          makeEach(fresh);
        }
      }
    } catch (IllegalArgumentException | PublishingBlockedException e) {
      throw new CannotMakeAgainException(e);
    }
  }

  /**
   * Reads the rows of the entries (all when ids is null), their claims and citations, and copies
   * them.
   */
  private void makeEach(List<Long> ids) {
    // References between the rows (a claim's entry, a citation's claim and source) are followed by
    // their ids, which a reference holds without being loaded, never by loading the reference.
    Map<Object, Entry> fresh = new HashMap<>();
    for (Entry e : atRevision(Entry.class, ids, AuditEntity.id()::in)) {
      Object id = idOf(e);
      if (e.status() == EntryStatus.PUBLISHED && !made.containsKey(id)) {
        Entry copy = EntryFactory.create(e.type(), e.key(), e.name(), e.attributes());
        fresh.put(id, copy);
        made.put(id, copy);
        byKey.put(copy.key(), copy);
      }
    }
    List<Claim> claims = new ArrayList<>();
    for (Claim claim :
        atRevision(Claim.class, ids, entries -> AuditEntity.relatedId("entry").in(entries))) {
      if (fresh.containsKey(idOf(claim.entry()))
          && claim.status() == ClaimStatus.PUBLISHED
          && value(claim.value()).isPresent()) {
        claims.add(claim);
      }
    }
    List<Long> claimIds = claims.stream().map(Claim::id).toList();
    Map<Object, List<Citation>> citationsOf = new HashMap<>();
    for (Citation citation :
        atRevision(
            Citation.class,
            ids == null ? null : claimIds,
            cited -> AuditEntity.relatedId("claim").in(cited))) {
      citationsOf.computeIfAbsent(idOf(citation.claim()), c -> new ArrayList<>()).add(citation);
    }
    claims.sort(Comparator.comparingInt(Claim::sortOrder).thenComparing(Claim::key));
    for (Claim claim : claims) {
      Claim copy =
          fresh
              .get(idOf(claim.entry()))
              .addClaim(
                  claim.key(),
                  claim.property(),
                  value(claim.value()).orElseThrow(),
                  claim.appliesTo(),
                  claim.asStated(),
                  claim.kind(),
                  claim.note());
      citationsOf.getOrDefault(claim.id(), List.of()).stream()
          .sorted(Comparator.comparingInt(Citation::sortOrder))
          .forEach(c -> copy.cite(sources().get(idOf(c.source())), c.excerpt()));
      copy.keepTranslations(claim.translations());
      if (claim.isPreferred()) {
        copy.promote();
      }
      copies.put(claim.id(), copy);
      originals.put(claim.id(), claim);
    }
    derive(Set.copyOf(claimIds));
    fresh.values().forEach(entry -> entry.restoreStatus(EntryStatus.PUBLISHED));
  }

  /** Every source at the revision, by audited id, read once: a few thousand at most. */
  private Map<Object, Source> sources() {
    if (sources == null) {
      sources = byId(atRevision(Source.class, null, null));
    }
    return sources;
  }

  private <T> Map<Object, T> byId(List<T> entities) {
    Map<Object, T> byId = new HashMap<>();
    entities.forEach(entity -> byId.put(idOf(entity), entity));
    return byId;
  }

  /** The id of an entity or of a reference to one, without loading the reference. */
  private Object idOf(Object entityOrReference) {
    return units.getIdentifier(entityOrReference);
  }

  /**
   * The value as the copy holds it: a reference to the copy of a published entry; empty when it
   * refers to an entry not published then, which {@link Entry#claims()} would leave out.
   */
  private Optional<ClaimValue> value(ClaimValue value) {
    if (value.entry() == null) {
      return Optional.of(value);
    }
    return Optional.ofNullable(made.get(idOf(value.entry()))).map(ClaimValue::entry);
  }

  /**
   * Links each derived claim just copied to the copies of its origins that readers saw then, in the
   * origins' stored order.
   */
  private void derive(Set<Long> fresh) {
    List<long[]> links = new ArrayList<>();
    for (long[] link : derivations()) {
      if (fresh.contains(link[0]) && copies.containsKey(link[0]) && copies.containsKey(link[1])) {
        links.add(link);
      }
    }
    links.sort(
        Comparator.comparingLong((long[] link) -> link[0])
            .thenComparingInt(link -> originals.get(link[1]).sortOrder())
            .thenComparing(link -> originals.get(link[1]).key()));
    links.forEach(link -> copies.get(link[0]).deriveFrom(copies.get(link[1])));
  }

  private List<long[]> derivations() {
    if (derivations == null) {
      derivations = derivationsAt(em, revision);
    }
    return derivations;
  }

  /** Every derivation link at the revision: the derived claim's id and its origin's. */
  static List<long[]> derivationsAt(EntityManager em, long revision) {
    List<long[]> links = new ArrayList<>();
    for (Object row : em.createNativeQuery(DERIVATIONS).setParameter(1, revision).getResultList()) {
      Object[] ids = (Object[]) row;
      links.add(new long[] {((Number) ids[0]).longValue(), ((Number) ids[1]).longValue()});
    }
    return links;
  }

  /**
   * The rows of a table at the revision: all of them (ids null), or those the restriction picks for
   * the ids, a chunk of ids per query.
   */
  private <T> List<T> atRevision(
      Class<T> type, List<Long> ids, Function<Object[], AuditCriterion> restriction) {
    List<T> found = new ArrayList<>();
    if (ids == null) {
      addAtRevision(type, null, found);
    } else {
      for (int from = 0; from < ids.size(); from += CHUNK) {
        Object[] chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray();
        addAtRevision(type, restriction.apply(chunk), found);
      }
    }
    return found;
  }

  private <T> void addAtRevision(Class<T> type, AuditCriterion restriction, List<T> found) {
    var query = reader.createQuery().forEntitiesAtRevision(type, revision);
    if (restriction != null) {
      query.add(restriction);
    }
    for (Object entity : query.getResultList()) {
      found.add(type.cast(entity));
    }
  }
}
