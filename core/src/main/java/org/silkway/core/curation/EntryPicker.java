package org.silkway.core.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import org.silkway.core.browse.Search;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryType;
import org.silkway.core.source.Source;

/**
 * Finds entries and sources by what an editor types, for the pickers of the forms: an editor
 * chooses "Kazakhstan" and never types {@code country/KZ}.
 */
@ApplicationScoped
@Transactional
public class EntryPicker {

  private static final int SHOWN = 20;

  @PersistenceContext(unitName = "silkway")
  private EntityManager em;

  protected EntryPicker() {}

  public EntryPicker(EntityManager em) {
    this.em = em;
  }

  /** Entries of these types whose name, in any language, or key contains the text. */
  public List<Picked> entries(String text, Collection<EntryType> types) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Picked> q = cb.createQuery(Picked.class);
    Root<Entry> e = q.from(Entry.class);
    Path<Object> name = e.get("name");
    String pattern = pattern(text);
    q.select(cb.construct(Picked.class, e.get("key"), name.get("en")))
        .where(
            e.get("storedType").in(types),
            cb.or(Search.anyName(cb, name, pattern), Search.like(cb, e.get("key"), pattern)))
        .orderBy(cb.asc(name.get("en")));
    return em.createQuery(q).setMaxResults(SHOWN).getResultList();
  }

  /** Sources whose title, outlet or key contains the text. */
  public List<Picked> sources(String text) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Picked> q = cb.createQuery(Picked.class);
    Root<Source> s = q.from(Source.class);
    String pattern = pattern(text);
    q.select(cb.construct(Picked.class, s.get("key"), s.get("title")))
        .where(
            cb.or(
                Search.like(cb, s.get("title"), pattern),
                Search.like(cb, s.get("outlet"), pattern),
                Search.like(cb, s.get("key"), pattern)))
        .orderBy(cb.asc(s.get("title")));
    return em.createQuery(q).setMaxResults(SHOWN).getResultList();
  }

  /** Matches everything when nothing was typed: a picker opened empty lists the first few. */
  private static String pattern(String text) {
    String pattern = Search.pattern(text);
    return pattern == null ? "%" : pattern;
  }

  /** What a picker offers: the key it stores and the label a person reads. */
  public record Picked(String key, String label) {}
}
