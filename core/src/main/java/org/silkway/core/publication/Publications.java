package org.silkway.core.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.envers.AuditReaderFactory;
import org.silkway.core.audit.Revision;

/**
 * Moves the published revision: every act that changes what readers see runs through {@link
 * #publish}, in the transaction that makes it. Draft saves never do, so they make no new edition.
 *
 * <p>The counter is a database row locked for the rest of the transaction, not a Java lock, because
 * servers share the database: two publishing acts take their numbers one after the other and commit
 * in that order, and a reader who sees number N sees everything published up to N.
 *
 * <p>Each act fires {@link Published}; observers that must wait for the commit (the in-memory
 * current revision, background rendering) observe it after success.
 */
@ApplicationScoped
public class Publications {

  @PersistenceContext(unitName = "silkway")
  private EntityManager em;

  /** Absent outside a container, where nothing observes a publication. */
  @Inject private Event<Published> published;

  protected Publications() {}

  /** For use outside a container (tools, tests). */
  public Publications(EntityManager em) {
    this.em = em;
  }

  /**
   * Runs a publishing act and records it as the next published revision. The counter is locked
   * before the act runs, so that the act's audit revision is created after the lock and audit
   * revisions of publications follow their numbers too.
   *
   * @param what the act, in a few words ("approved project/cku-railway")
   * @throws IllegalStateException when another publication held the counter longer than the
   *     database waits: the caller is told to try again
   */
  public <T> T publish(String what, Supplier<T> act) {
    long number = nextNumber();
    T result = act.get();
    em.flush();
    Revision audit = AuditReaderFactory.get(em).getCurrentRevision(Revision.class, true);
    Publication publication = new Publication(number, audit.id(), Instant.now(), what);
    em.persist(publication);
    em.flush();
    if (published != null) {
      // Delivered now to plain observers, after the commit to AFTER_SUCCESS ones.
      published.fire(new Published(publication.revision()));
    }
    return result;
  }

  /** The last publication committed, as readers may see it now. */
  public Optional<Publication> latest() {
    return first(em.createNamedQuery(Publication.LATEST, Publication.class));
  }

  /** The first publication: before it, the register has no history. */
  public Optional<Publication> first() {
    return first(em.createNamedQuery(Publication.FIRST, Publication.class));
  }

  /** The last publication made at or before the moment. */
  public Optional<Publication> atOrBefore(Instant moment) {
    return first(
        em.createNamedQuery(Publication.AT_OR_BEFORE, Publication.class)
            .setParameter("moment", moment.toEpochMilli()));
  }

  /**
   * The publications from {@code from} (included) to {@code to} (excluded), oldest first, at most
   * {@code limit} of them.
   */
  public List<Publication> between(Instant from, Instant to, int limit) {
    return em.createNamedQuery(Publication.BETWEEN, Publication.class)
        .setParameter("from", from.toEpochMilli())
        .setParameter("to", to.toEpochMilli())
        .setMaxResults(limit)
        .getResultList();
  }

  public Optional<Publication> byNumber(long number) {
    return first(
        em.createNamedQuery(Publication.BY_NUMBER, Publication.class)
            .setParameter("number", number));
  }

  private static Optional<Publication> first(TypedQuery<Publication> query) {
    return query.setMaxResults(1).getResultStream().findFirst();
  }

  private long nextNumber() {
    try {
      // SELECT ... FOR UPDATE is the same on H2 and PostgreSQL, as in ImportLock.
      Number current =
          (Number)
              em.createNativeQuery(
                      "select current_number from publication_counter where id = 1 for update")
                  .getSingleResult();
      long next = current.longValue() + 1;
      em.createNativeQuery("update publication_counter set current_number = ?1 where id = 1")
          .setParameter(1, next)
          .executeUpdate();
      return next;
    } catch (PessimisticLockException | LockTimeoutException e) {
      throw new IllegalStateException(
          "Someone else is publishing at this moment. Try again in a few seconds.", e);
    }
  }
}
