package org.silkway.core.history;

import jakarta.persistence.EntityManager;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.silkway.core.claim.ClaimKind;
import org.silkway.core.entry.EntryType;
import org.silkway.core.time.Precision;
import org.silkway.core.time.TimeSpan;

/**
 * Which entries, claims and links the published register holds at an audit revision, read as plain
 * rows in three queries (a few columns of every published entry and claim, and the derivation
 * links) without making a single entity: enough to answer which entries a reader's question names
 * (the projects placed in a country, the referrers of a sector, the entries of a type), and to
 * count thousands of projects, so that only the entries a brief shows are made whole ({@link
 * AuditedRegister}).
 *
 * <p>It keeps what {@link org.silkway.core.entry.Entry#claims()} publishes: the published claims of
 * published entries, but those whose value is an entry not published at the revision.
 */
final class AuditedIndex {

  /** The row of each audited id at the revision: its newest at or before it, unless removed. */
  private static final String AT_REVISION =
      " where a.revtype <> 2 and a.rev = (select max(x.rev) from %s x"
          + " where x.id = a.id and x.rev <= ?1)";

  private static final String PUBLISHED_ENTRIES =
      "select a.id, a.entry_key, a.entry_type from entry_aud a"
          + AT_REVISION.formatted("entry_aud")
          + " and a.status = 'PUBLISHED'";

  private static final String PUBLISHED_CLAIMS =
      "select a.id, a.entry_id, a.val_entry_id, a.property, a.val_code, a.applies_start,"
          + " a.applies_end, a.applies_precision, a.claim_kind, a.sort_order, a.claim_key"
          + " from claim_aud a"
          + AT_REVISION.formatted("claim_aud")
          + " and a.status = 'PUBLISHED'";

  private record Row(long id, String key, EntryType type) {}

  /** A published claim as a count or an outline needs it. */
  private record ClaimRow(
      long id,
      long entry,
      Long named,
      String property,
      String code,
      TimeSpan appliesTo,
      ClaimKind kind) {}

  private final Map<Long, Row> published = new HashMap<>();
  private final Map<String, Long> idOfKey = new HashMap<>();
  private final Map<Long, List<ClaimRow>> claimsOf = new HashMap<>();
  private final Map<Long, Set<Long>> referrers = new HashMap<>();
  private final Map<Long, Long> entryOfClaim = new HashMap<>();
  private final Map<Long, List<Long>> originsOf = new HashMap<>();

  private AuditedIndex() {}

  /**
   * The index at the audit revision.
   *
   * @throws AuditedRegister.CannotMakeAgainException when a stored date breaks today's rules
   */
  static AuditedIndex at(EntityManager em, long revision) {
    AuditedIndex index = new AuditedIndex();
    try {
      index.read(em, revision);
    } catch (IllegalArgumentException e) {
      throw new AuditedRegister.CannotMakeAgainException(e);
    }
    return index;
  }

  private void read(EntityManager em, long revision) {
    for (Object[] row : rows(em, PUBLISHED_ENTRIES, revision)) {
      Row entry =
          new Row(
              ((Number) row[0]).longValue(), (String) row[1], EntryType.valueOf((String) row[2]));
      published.put(entry.id(), entry);
      idOfKey.put(entry.key(), entry.id());
    }
    List<Object[]> rows = new ArrayList<>(rows(em, PUBLISHED_CLAIMS, revision));
    // In the order an entry's copy holds its claims; a claim's key is needed for nothing else.
    rows.sort(
        Comparator.comparingInt((Object[] row) -> ((Number) row[9]).intValue())
            .thenComparing(row -> (String) row[10]));
    for (Object[] row : rows) {
      ClaimRow claim = claimRow(row);
      if (!published.containsKey(claim.entry())
          || (claim.named() != null && !published.containsKey(claim.named()))) {
        continue;
      }
      claimsOf.computeIfAbsent(claim.entry(), e -> new ArrayList<>()).add(claim);
      entryOfClaim.put(claim.id(), claim.entry());
      if (claim.named() != null) {
        referrers.computeIfAbsent(claim.named(), e -> new LinkedHashSet<>()).add(claim.entry());
      }
    }
    for (long[] link : AuditedRegister.derivationsAt(em, revision)) {
      if (entryOfClaim.containsKey(link[0]) && entryOfClaim.containsKey(link[1])) {
        originsOf.computeIfAbsent(link[0], c -> new ArrayList<>()).add(link[1]);
      }
    }
  }

  private static ClaimRow claimRow(Object[] row) {
    String start = (String) row[5];
    return new ClaimRow(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        row[2] == null ? null : ((Number) row[2]).longValue(),
        (String) row[3],
        (String) row[4],
        start == null
            ? null
            : new TimeSpan(start, (String) row[6], Precision.valueOf((String) row[7])),
        ClaimKind.valueOf((String) row[8]));
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(EntityManager em, String sql, long revision) {
    return em.createNativeQuery(sql).setParameter(1, revision).getResultList();
  }

  /** The audited id of the entry published under this key at the revision. */
  Optional<Long> idOf(String key) {
    return Optional.ofNullable(idOfKey.get(key));
  }

  /** The published entries of a type, by key. */
  List<Long> ofType(EntryType type) {
    return byKey(published.values().stream().filter(e -> e.type() == type).map(Row::id).toList());
  }

  /** The published entries with a published claim naming this one, by key. */
  List<Long> referrersOf(long id) {
    return byKey(referrers.getOrDefault(id, Set.of()));
  }

  /**
   * The published projects that a claim of one of the placing properties places in the target
   * (every published project when target is null), by key.
   */
  List<Long> projectsPlacedIn(Long target, Set<String> placing) {
    if (target == null) {
      return ofType(EntryType.PROJECT);
    }
    return referrersOf(target).stream()
        .filter(id -> published.get(id).type() == EntryType.PROJECT)
        .filter(
            id ->
                claimsOf.get(id).stream()
                    .anyMatch(c -> target.equals(c.named()) && placing.contains(c.property())))
        .toList();
  }

  /** What a summary counts of a published project: its claims of these properties, as values. */
  ProjectOutline outline(long project, Set<String> properties) {
    List<ProjectOutline.Stated> stated = new ArrayList<>();
    for (ClaimRow claim : claimsOf.getOrDefault(project, List.of())) {
      if (properties.contains(claim.property())) {
        stated.add(
            new ProjectOutline.Stated(
                claim.property(),
                claim.code(),
                claim.named() == null ? null : published.get(claim.named()).key(),
                claim.appliesTo(),
                claim.kind()));
      }
    }
    return new ProjectOutline(published.get(project).key(), stated);
  }

  /**
   * These entries and every published entry their published claims name or derive from, and so on:
   * what must be made with them, so that each claim's value and origins are made too.
   */
  Set<Long> closure(Collection<Long> ids) {
    Set<Long> closed = new LinkedHashSet<>();
    Deque<Long> next = new ArrayDeque<>(ids);
    while (!next.isEmpty()) {
      Long id = next.pop();
      if (!published.containsKey(id) || !closed.add(id)) {
        continue;
      }
      for (ClaimRow claim : claimsOf.getOrDefault(id, List.of())) {
        if (claim.named() != null) {
          next.push(claim.named());
        }
        for (Long origin : originsOf.getOrDefault(claim.id(), List.of())) {
          next.push(entryOfClaim.get(origin));
        }
      }
    }
    return closed;
  }

  private List<Long> byKey(Collection<Long> ids) {
    return ids.stream().sorted(Comparator.comparing((Long id) -> published.get(id).key())).toList();
  }
}
