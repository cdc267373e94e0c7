package org.silkway.core.country;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds countries. */
@ApplicationScoped
public class CountryRepository {

  @PersistenceContext(unitName = "silkway")
  private EntityManager em;

  protected CountryRepository() {}

  /** For use outside a container (tools, tests). */
  public CountryRepository(EntityManager em) {
    this.em = em;
  }

  public Optional<Country> byCode(CountryCode code) {
    return em.createNamedQuery(Country.BY_CODE, Country.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** Every country: China, then the Central Asian states, then external actors, each by name. */
  public List<Country> all() {
    return em.createNamedQuery(Country.ALL_BY_ROLE_AND_NAME, Country.class).getResultList().stream()
        .sorted(Comparator.comparing(Country::role)) // stable: names stay sorted within a role
        .toList();
  }
}
