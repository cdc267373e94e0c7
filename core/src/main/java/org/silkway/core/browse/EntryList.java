package org.silkway.core.browse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimStatus;
import org.silkway.core.claim.ValueKind;
import org.silkway.core.entry.Entry;
import org.silkway.core.persistence.Pages;
import org.silkway.core.text.InvalidFieldException;

/**
 * The entries of a type, filtered, sorted and paged in the database: what the admin lists show,
 * however large the register. A row is a projection of the columns it shows; the filters on sector,
 * country, stage and dates look at the entry's claims (retracted ones excepted).
 */
@ApplicationScoped
@Transactional
public class EntryList {

  @PersistenceContext(unitName = "silkway")
  private EntityManager em;

  protected EntryList() {}

  /** For use outside a container (tools, tests). */
  public EntryList(EntityManager em) {
    this.em = em;
  }

  /**
   * One page of the list.
   *
   * @param sortBy {@code name}, {@code key}, {@code status} or {@code changed}; anything else sorts
   *     by name
   * @throws InvalidFieldException naming {@code from} or {@code to} when a date is not one
   */
  public List<EntryRow> page(
      EntryFilter filter, int first, int size, String sortBy, boolean ascending) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<EntryRow> q = cb.createQuery(EntryRow.class);
    Root<Entry> e = q.from(Entry.class);
    Path<Object> name = e.get("name");
    Subquery<Long> claims = q.subquery(Long.class);
    Root<Claim> c = claims.from(Claim.class);
    claims
        .select(cb.count(c))
        .where(cb.equal(c.get("entry"), e), cb.notEqual(c.get("status"), ClaimStatus.RETRACTED));
    q.select(
        cb.construct(
            EntryRow.class,
            e.get("key"),
            name.get("en"),
            name.get("ru"),
            name.get("zh"),
            e.get("status"),
            e.get("changes"),
            e.get("record").get("lastChangedAt"),
            claims));
    q.where(where(cb, q, e, filter));
    Expression<?> order =
        switch (sortBy == null ? "" : sortBy) {
          case "key" -> e.get("key");
          case "status" -> e.get("status");
          case "changed" -> e.get("record").get("lastChangedAt");
          default -> name.get("en");
        };
    q.orderBy(ascending ? cb.asc(order) : cb.desc(order), cb.asc(e.get("key")));
    return Pages.of(em.createQuery(q), first, size);
  }

  /** How many entries the filter lets through. */
  public long count(EntryFilter filter) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<Entry> e = q.from(Entry.class);
    q.select(cb.count(e)).where(where(cb, q, e, filter));
    return em.createQuery(q).getSingleResult();
  }

  private static Predicate[] where(
      CriteriaBuilder cb, CriteriaQuery<?> q, Root<Entry> e, EntryFilter unchecked) {
    EntryFilter f = unchecked.checked();
    List<Predicate> where = new ArrayList<>();
    if (f.type() != null) {
      where.add(cb.equal(e.get("storedType"), f.type()));
    }
    if (f.status() != null) {
      where.add(cb.equal(e.get("status"), f.status()));
    }
    String search = Search.pattern(f.search());
    if (search != null) {
      where.add(
          cb.or(Search.anyName(cb, e.get("name"), search), Search.like(cb, e.get("key"), search)));
    }
    String name = Search.pattern(f.name());
    if (name != null) {
      where.add(Search.anyName(cb, e.get("name"), name));
    }
    if (present(f.sector())) {
      where.add(refersTo(cb, q, e, "sector", f.sector()));
    }
    if (present(f.country())) {
      where.add(refersTo(cb, q, e, "country", f.country()));
    }
    if (present(f.stage())) {
      Subquery<Long> stage =
          claims(
              cb,
              q,
              e,
              (c, w) -> {
                w.add(cb.equal(c.get("property"), "stage"));
                w.add(cb.equal(c.get("value").get("code"), f.stage()));
              });
      where.add(cb.exists(stage));
    }
    if (f.from() != null || f.to() != null) {
      String from = f.from();
      String to = f.to();
      Subquery<Long> dated =
          claims(
              cb,
              q,
              e,
              (c, w) -> {
                Path<Object> time = c.get("value").get("time");
                w.add(cb.equal(c.get("value").get("kind"), ValueKind.TIME));
                if (from != null) {
                  // The claim's date (or the end of its span) reaches the start of the range...
                  Expression<String> last = cb.coalesce(time.get("end"), time.get("start"));
                  w.add(cb.greaterThanOrEqualTo(latest(cb, last), earliest(from)));
                }
                if (to != null) {
                  // ...and it starts before the range ends.
                  w.add(cb.lessThanOrEqualTo(earliest(cb, time.get("start")), latest(to)));
                }
              });
      where.add(cb.exists(dated));
    }
    return where.toArray(Predicate[]::new);
  }

  private interface ClaimConditions {
    void add(Root<Claim> claim, List<Predicate> where);
  }

  /** The entry's claims (retracted ones excepted) that meet the conditions. */
  private static Subquery<Long> claims(
      CriteriaBuilder cb, CriteriaQuery<?> q, Root<Entry> e, ClaimConditions conditions) {
    Subquery<Long> sub = q.subquery(Long.class);
    Root<Claim> c = sub.from(Claim.class);
    List<Predicate> where = new ArrayList<>();
    where.add(cb.equal(c.get("entry"), e));
    where.add(cb.notEqual(c.get("status"), ClaimStatus.RETRACTED));
    conditions.add(c, where);
    return sub.select(c.get("id")).where(where.toArray(Predicate[]::new));
  }

  private static Predicate refersTo(
      CriteriaBuilder cb, CriteriaQuery<?> q, Root<Entry> e, String property, String key) {
    return cb.exists(
        claims(
            cb,
            q,
            e,
            (c, w) -> {
              w.add(cb.equal(c.get("property"), property));
              w.add(cb.equal(c.get("value").get("entry").get("key"), key));
            }));
  }

  /**
   * Dates are kept as written, at their precision ({@code 2024}, {@code 2024-12}, {@code
   * 2024-12-05}), which sort as text once padded to a day: the earliest day of {@code 2024} is
   * {@code 2024-01-01}, the latest {@code 2024-12-31} (and of any month, {@code -31}: as text it
   * still sorts after every day of that month).
   */
  private static Expression<String> earliest(CriteriaBuilder cb, Expression<String> date) {
    return cb.concat(date, cb.substring(cb.literal("-01-01"), cb.diff(cb.length(date), 3)));
  }

  private static Expression<String> latest(CriteriaBuilder cb, Expression<String> date) {
    return cb.concat(date, cb.substring(cb.literal("-12-31"), cb.diff(cb.length(date), 3)));
  }

  private static String earliest(String date) {
    return date + "-01-01".substring(date.length() - 4);
  }

  private static String latest(String date) {
    return date + "-12-31".substring(date.length() - 4);
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
