package org.silkway.core.country;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Finds and stores countries. */
@ApplicationScoped
public class CountryRepository {

  @PersistenceContext(unitName = "silkway")
  private EntityManager em;

  public Optional<Country> byCode(CountryCode code) {
    return em.createNamedQuery(Country.BY_CODE, Country.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** Every country, sorted by English name. */
  public List<Country> all() {
    return em.createNamedQuery(Country.ALL_BY_ENGLISH_NAME, Country.class).getResultList();
  }

  public void add(Country country) {
    em.persist(country);
  }
}
