package org.silkway.core.history;

import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryType;

/**
 * The published register at a past revision, answered as readers ask, the way {@link
 * PublishedQueries} answers for the current one: which entries a question names comes from the
 * {@link AuditedIndex} of the revision, and only those entries (with what their claims name) are
 * made again from the audit tables. A brief of one sector as of a past day then makes its hundred
 * listed projects and counts the others from their rows, instead of making the whole register.
 *
 * <p>Making an entry can meet one that today's rules refuse ({@link
 * AuditedRegister.CannotMakeAgainException}): {@link RegisterHistory} then reads the revision
 * whole, entity by entity.
 */
final class AuditedQueries implements PublishedRegister.Entries {

  private final AuditedIndex index;
  private final AuditedRegister register;
  private final Map<EntryType, List<Entry>> ofType = new EnumMap<>(EntryType.class);
  private List<Entry> all;

  AuditedQueries(EntityManager em, long auditRevision) {
    this.index = AuditedIndex.at(em, auditRevision);
    this.register = new AuditedRegister(em, auditRevision);
  }

  @Override
  public List<Entry> all() {
    if (all == null) {
      all = register.all();
    }
    return all;
  }

  @Override
  public List<Entry> ofType(EntryType type) {
    return ofType.computeIfAbsent(type, t -> made(index.ofType(t)));
  }

  @Override
  public Optional<Entry> byKey(String key) {
    return index.idOf(key).flatMap(id -> made(List.of(id)).stream().findFirst());
  }

  @Override
  public boolean isPublished(Entry entry) {
    return register.isCopy(entry);
  }

  @Override
  public Set<Entry> referrersOf(Entry entry) {
    return new LinkedHashSet<>(made(index.referrersOf(idOf(entry))));
  }

  @Override
  public List<ProjectOutline> projectsPlacedIn(
      Entry target, Set<String> placing, Set<String> properties) {
    return index.projectsPlacedIn(target == null ? null : idOf(target), placing).stream()
        .map(project -> index.outline(project, properties))
        .toList();
  }

  @Override
  public Set<Entry> referrersBesidesProjectsPlacedIn(Entry target, Set<String> placing) {
    long id = idOf(target);
    Set<Long> placed = Set.copyOf(index.projectsPlacedIn(id, placing));
    return new LinkedHashSet<>(
        made(index.referrersOf(id).stream().filter(e -> !placed.contains(e)).toList()));
  }

  @Override
  public List<Entry> byKeys(List<String> keys) {
    return made(keys.stream().map(index::idOf).flatMap(Optional::stream).toList());
  }

  /** The entries of these ids, made with everything their claims name, in the order given. */
  private List<Entry> made(List<Long> ids) {
    List<Long> missing = ids.stream().filter(id -> !register.isMade(id)).toList();
    if (!missing.isEmpty()) {
      register.entries(index.closure(missing));
    }
    return register.entries(ids);
  }

  private long idOf(Entry published) {
    return index.idOf(published.key()).orElseThrow();
  }
}
