package org.silkway.core.history;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
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
 * The published register at an audit revision, read with one query per audited table and put
 * together in memory, instead of walking Envers' entities (whose claims, citations and sources each
 * load with a query of their own: about 120,000 of them for the 5,000-project register).
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

  private final EntityManager em;
  private final AuditReader reader;
  private final long revision;
  private final PersistenceUnitUtil units;

  private AuditedRegister(EntityManager em, long auditRevision) {
    this.em = em;
    this.reader = AuditReaderFactory.get(em);
    this.revision = auditRevision;
    this.units = em.getEntityManagerFactory().getPersistenceUnitUtil();
  }

  /**
   * The published entries at the audit revision, with their published claims, citations and
   * sources; empty when they cannot be made again under today's rules (a property the schema no
   * longer takes, a derived value whose origins were all withdrawn since), for the caller to read
   * them entity by entity instead.
   */
  static Optional<List<Entry>> publishedAt(EntityManager em, long auditRevision) {
    try {
      return Optional.of(new AuditedRegister(em, auditRevision).read());
    } catch (IllegalArgumentException | PublishingBlockedException e) {
      return Optional.empty();
    }
  }

  private List<Entry> read() {
    // References between the rows (a claim's entry, a citation's claim and source) are followed by
    // their ids, which a reference holds without being loaded, never by loading the reference.
    Map<Object, Entry> audited = byId(atRevision(Entry.class));
    Map<Object, Source> sources = byId(atRevision(Source.class));
    List<Claim> claims = atRevision(Claim.class);
    List<Citation> citations = atRevision(Citation.class);

    Map<Object, Entry> made = new HashMap<>();
    Map<String, Entry> byKey = new TreeMap<>();
    audited.forEach(
        (id, e) -> {
          if (e.status() == EntryStatus.PUBLISHED) {
            Entry copy = EntryFactory.create(e.type(), e.key(), e.name(), e.attributes());
            made.put(id, copy);
            byKey.put(copy.key(), copy);
          }
        });

    Map<Object, List<Citation>> citationsOf = new HashMap<>();
    for (Citation citation : citations) {
      citationsOf.computeIfAbsent(idOf(citation.claim()), c -> new ArrayList<>()).add(citation);
    }
    Map<Long, Claim> copies = new HashMap<>();
    Map<Long, Claim> originals = new HashMap<>();
    claims.sort(Comparator.comparingInt(Claim::sortOrder).thenComparing(Claim::key));
    for (Claim claim : claims) {
      Entry entry = made.get(idOf(claim.entry()));
      Optional<ClaimValue> value = value(claim.value(), made);
      if (entry == null || claim.status() != ClaimStatus.PUBLISHED || value.isEmpty()) {
        continue;
      }
      Claim copy =
          entry.addClaim(
              claim.key(),
              claim.property(),
              value.get(),
              claim.appliesTo(),
              claim.asStated(),
              claim.kind(),
              claim.note());
      citationsOf.getOrDefault(claim.id(), List.of()).stream()
          .sorted(Comparator.comparingInt(Citation::sortOrder))
          .forEach(c -> copy.cite(sources.get(idOf(c.source())), c.excerpt()));
      copy.keepTranslations(claim.translations());
      if (claim.isPreferred()) {
        copy.promote();
      }
      copies.put(claim.id(), copy);
      originals.put(claim.id(), claim);
    }
    derive(copies, originals);
    byKey.values().forEach(entry -> entry.restoreStatus(EntryStatus.PUBLISHED));
    return List.copyOf(byKey.values());
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
  private Optional<ClaimValue> value(ClaimValue value, Map<Object, Entry> made) {
    if (value.entry() == null) {
      return Optional.of(value);
    }
    return Optional.ofNullable(made.get(idOf(value.entry()))).map(ClaimValue::entry);
  }

  /**
   * Links each copied derived claim to the copies of its origins that readers saw then, in the
   * origins' stored order.
   */
  private void derive(Map<Long, Claim> copies, Map<Long, Claim> originals) {
    List<long[]> links = new ArrayList<>();
    for (Object row : em.createNativeQuery(DERIVATIONS).setParameter(1, revision).getResultList()) {
      Object[] ids = (Object[]) row;
      long claim = ((Number) ids[0]).longValue();
      long origin = ((Number) ids[1]).longValue();
      if (copies.containsKey(claim) && copies.containsKey(origin)) {
        links.add(new long[] {claim, origin});
      }
    }
    links.sort(
        Comparator.comparingLong((long[] link) -> link[0])
            .thenComparingInt(link -> originals.get(link[1]).sortOrder())
            .thenComparing(link -> originals.get(link[1]).key()));
    links.forEach(link -> copies.get(link[0]).deriveFrom(copies.get(link[1])));
  }

  private <T> List<T> atRevision(Class<T> type) {
    List<T> found = new ArrayList<>();
    for (Object entity :
        reader.createQuery().forEntitiesAtRevision(type, revision).getResultList()) {
      found.add(type.cast(entity));
    }
    return found;
  }
}
