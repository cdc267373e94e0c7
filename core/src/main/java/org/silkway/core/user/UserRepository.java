package org.silkway.core.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.silkway.core.persistence.Pages;

/** Finds and stores users. */
@ApplicationScoped
public class UserRepository {

  @PersistenceContext(unitName = "silkway")
  private EntityManager em;

  protected UserRepository() {}

  /** For use outside a container (tools, tests). */
  public UserRepository(EntityManager em) {
    this.em = em;
  }

  /**
   * The user of that name, compared as {@link User#normalized}. A name with a control character is
   * nobody's and never reaches the database (PostgreSQL refuses a NUL in a query).
   */
  public Optional<User> byName(String username) {
    if (!User.isTypable(username)) {
      return Optional.empty();
    }
    return em.createNamedQuery(User.BY_NAME, User.class)
        .setParameter("username", User.normalized(username))
        .getResultStream()
        .findFirst();
  }

  public long count() {
    return em.createNamedQuery(User.COUNT, Long.class).getSingleResult();
  }

  /** Users who have a password at all: not those restored from a backup without hashes. */
  long countWithPassword() {
    return em.createNamedQuery(User.COUNT_WITH_PASSWORD, Long.class)
        .setParameter("none", PasswordHash.NONE)
        .getSingleResult();
  }

  long countEnabledAdministrators() {
    return em.createNamedQuery(User.COUNT_ENABLED_IN_ROLE, Long.class)
        .setParameter("role", Role.ADMIN)
        .getSingleResult();
  }

  public void add(User user) {
    em.persist(user);
  }

  void flush() {
    em.flush();
  }

  /** One page of the users the query selects, in its order. */
  public List<User> find(UserQuery query) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<User> select = cb.createQuery(User.class);
    Root<User> user = select.from(User.class);
    select.where(conditions(cb, user, query));
    Path<?> sortBy = user.get(query.sort().attribute());
    select.orderBy(
        query.ascending() ? cb.asc(sortBy) : cb.desc(sortBy), cb.asc(user.get("username")));
    return Pages.of(em.createQuery(select), query.first(), query.pageSize());
  }

  /** How many users the query selects, all pages together. */
  public long count(UserQuery query) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> select = cb.createQuery(Long.class);
    Root<User> user = select.from(User.class);
    select.select(cb.count(user)).where(conditions(cb, user, query));
    return em.createQuery(select).getSingleResult();
  }

  private static Predicate[] conditions(CriteriaBuilder cb, Root<User> user, UserQuery query) {
    List<Predicate> conditions = new ArrayList<>();
    if (!query.nameContains().isEmpty()) {
      conditions.add(
          cb.like(
              user.get("username"),
              "%" + UserQuery.escapeLike(query.nameContains()) + "%",
              UserQuery.LIKE_ESCAPE));
    }
    query.role().ifPresent(role -> conditions.add(cb.equal(user.get("role"), role)));
    query.enabled().ifPresent(enabled -> conditions.add(cb.equal(user.get("enabled"), enabled)));
    return conditions.toArray(Predicate[]::new);
  }
}
