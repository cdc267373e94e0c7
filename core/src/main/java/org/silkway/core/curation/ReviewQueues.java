package org.silkway.core.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.silkway.core.browse.Search;
import org.silkway.core.entry.ChangeStatus;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.entry.EntryType;
import org.silkway.core.persistence.Pages;

/**
 * The queues editors and reviewers work from, paged and sorted in the database, and the counts the
 * dashboard shows.
 */
@ApplicationScoped
@Transactional
public class ReviewQueues {

  @PersistenceContext(unitName = "silkway")
  private EntityManager em;

  protected ReviewQueues() {}

  /** For use outside a container (tools, tests). */
  public ReviewQueues(EntityManager em) {
    this.em = em;
  }

  public List<QueueRow> rows(Queue queue, String user, QueuePage page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<QueueRow> q = cb.createQuery(QueueRow.class);
    Root<Entry> e = q.from(Entry.class);
    Path<Object> record = e.get("record");
    q.select(
        cb.construct(
            QueueRow.class,
            e.get("key"),
            e.get("storedType"),
            e.get("name").get("en"),
            e.get("status"),
            e.get("changes"),
            record.get("lastChangedBy"),
            record.get("lastChangedAt"),
            record.get("submittedBy"),
            record.get("submittedAt"),
            record.get("reviewComment")));
    q.where(where(cb, e, queue, user, page.nameContains()));
    Expression<?> order =
        switch (page.sortBy() == null ? "" : page.sortBy()) {
          case "changed" -> record.get("lastChangedAt");
          case "submitted" -> record.get("submittedAt");
          default -> e.get("name").get("en");
        };
    q.orderBy(page.ascending() ? cb.asc(order) : cb.desc(order), cb.asc(e.get("key")));
    return Pages.of(em.createQuery(q), page.first(), page.size());
  }

  public long count(Queue queue, String user, String nameContains) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<Entry> e = q.from(Entry.class);
    q.select(cb.count(e)).where(where(cb, e, queue, user, nameContains));
    return em.createQuery(q).getSingleResult();
  }

  /** How many entries of each type are in each status, and how many published ones have changes. */
  public Dashboard dashboard() {
    Map<EntryType, Map<EntryStatus, Long>> byStatus = new EnumMap<>(EntryType.class);
    for (EntryType type : EntryType.values()) {
      byStatus.put(type, new EnumMap<>(EntryStatus.class));
    }
    for (Object[] row :
        em.createQuery(
                "select e.storedType, e.status, count(e) from Entry e group by e.storedType, e.status",
                Object[].class)
            .getResultList()) {
      byStatus.get((EntryType) row[0]).put((EntryStatus) row[1], (Long) row[2]);
    }
    Map<EntryType, Long> changed = new EnumMap<>(EntryType.class);
    for (Object[] row :
        em.createQuery(
                "select e.storedType, count(e) from Entry e where e.status = :published and"
                    + " e.changes <> :none group by e.storedType",
                Object[].class)
            .setParameter("published", EntryStatus.PUBLISHED)
            .setParameter("none", ChangeStatus.NONE)
            .getResultList()) {
      changed.put((EntryType) row[0], (Long) row[1]);
    }
    return new Dashboard(byStatus, changed);
  }

  private static Predicate[] where(
      CriteriaBuilder cb, Root<Entry> e, Queue queue, String user, String nameContains) {
    List<Predicate> where = new ArrayList<>();
    Path<Object> status = e.get("status");
    Path<Object> changes = e.get("changes");
    switch (queue) {
      case MY_DRAFTS -> {
        where.add(
            cb.or(
                cb.equal(status, EntryStatus.DRAFT),
                cb.and(
                    cb.equal(status, EntryStatus.PUBLISHED),
                    cb.equal(changes, ChangeStatus.DRAFTED))));
        // contributors is a space-separated list of names: match a whole name.
        Expression<String> padded =
            cb.concat(cb.concat(" ", cb.coalesce(e.get("contributors"), "")), " ");
        where.add(cb.like(padded, "% " + escapeLike(user) + " %", '\\'));
      }
      case WAITING_FOR_REVIEW ->
          where.add(
              cb.or(
                  cb.equal(status, EntryStatus.IN_REVIEW),
                  cb.and(
                      cb.equal(status, EntryStatus.PUBLISHED),
                      cb.equal(changes, ChangeStatus.IN_REVIEW))));
    }
    String pattern = Search.pattern(nameContains);
    if (pattern != null) {
      where.add(Search.anyName(cb, e.get("name"), pattern));
    }
    return where.toArray(Predicate[]::new);
  }

  /** Makes a user name match itself only: {@code %} and {@code _} are not wildcards here. */
  private static String escapeLike(String text) {
    return text == null ? "" : text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The dashboard's figures. */
  public record Dashboard(
      Map<EntryType, Map<EntryStatus, Long>> byStatus, Map<EntryType, Long> withChanges) {

    public long count(EntryType type, EntryStatus status) {
      return byStatus.getOrDefault(type, Map.of()).getOrDefault(status, 0L);
    }

    public long changes(EntryType type) {
      return withChanges.getOrDefault(type, 0L);
    }
  }
}
