package org.silkway.core.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.silkway.core.browse.Search;
import org.silkway.core.persistence.Pages;

/** The sources, filtered, sorted and paged in the database, for the sources list. */
@ApplicationScoped
@Transactional
public class SourceList {

  @PersistenceContext(unitName = "silkway")
  private EntityManager em;

  protected SourceList() {}

  public SourceList(EntityManager em) {
    this.em = em;
  }

  /**
   * @param text part of the title, outlet, author or key, or blank for every source
   * @param sortBy {@code title}, {@code published}, {@code outlet} or {@code language}
   */
  public List<Source> page(String text, int first, int size, String sortBy, boolean ascending) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Source> q = cb.createQuery(Source.class);
    Root<Source> s = q.from(Source.class);
    q.select(s).where(where(cb, s, text));
    Expression<?> order =
        switch (sortBy == null ? "" : sortBy) {
          case "published" -> s.get("published").get("start");
          case "outlet" -> s.get("outlet");
          case "language" -> s.get("language");
          default -> s.get("title");
        };
    q.orderBy(ascending ? cb.asc(order) : cb.desc(order), cb.asc(s.get("key")));
    return Pages.of(em.createQuery(q), first, size);
  }

  public long count(String text) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<Source> s = q.from(Source.class);
    q.select(cb.count(s)).where(where(cb, s, text));
    return em.createQuery(q).getSingleResult();
  }

  private static Predicate[] where(CriteriaBuilder cb, Root<Source> s, String text) {
    List<Predicate> where = new ArrayList<>();
    String pattern = Search.pattern(text);
    if (pattern != null) {
      where.add(
          cb.or(
              Search.like(cb, s.get("title"), pattern),
              Search.like(cb, s.get("outlet"), pattern),
              Search.like(cb, s.get("author"), pattern),
              Search.like(cb, s.get("key"), pattern)));
    }
    return where.toArray(Predicate[]::new);
  }
}
