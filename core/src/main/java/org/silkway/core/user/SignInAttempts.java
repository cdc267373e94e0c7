package org.silkway.core.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The counts of wrong passwords behind the sign-in lockout, kept in the database (table {@code
 * sign_in_attempt}) so that all servers sharing it count the same guesses and a restart forgets
 * none. The rules (what a count means, how long a lock lasts) are the web's sign-in throttle's;
 * this class only keeps its numbers, each change in a transaction of its own under a row lock, so
 * that two servers counting the same key at once both count.
 *
 * <p>A key is forgotten {@code forgetAfter} its last failure: it reads as absent, and the next new
 * key removes such rows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignInAttempts {

  /** What is counted for one key. {@code lockedUntil} is null when no lock was ever set. */
  public record Counts(int failures, int locks, Instant lockedUntil, Instant since) {}

  @PersistenceContext(unitName = "silkway")
  private EntityManager em;

  protected SignInAttempts() {}

  /** For use outside a container (tools, tests): every call in the caller's transaction. */
  public SignInAttempts(EntityManager em) {
    this.em = em;
  }

  /** The counts of {@code key}, unless there are none or they are older than {@code forgotten}. */
  public Optional<Counts> find(String key, Instant forgotten) {
    List<?> rows =
        em.createNativeQuery(
                "select failures, locks, locked_until_ms, since_ms from sign_in_attempt"
                    + " where attempt_key = ?1 and last_failure_ms >= ?2")
            .setParameter(1, key)
            .setParameter(2, forgotten.toEpochMilli())
            .getResultList();
    return rows.stream().findFirst().map(row -> counts((Object[]) row));
  }

  /**
   * Makes sure {@code key} has a row to lock (with nothing counted), and removes the rows forgotten
   * before {@code forgotten}. Two servers adding the same new key at once: one of them fails on the
   * primary key, and its caller goes on to {@link #change}, which finds the other's row.
   *
   * @return whether this call added the row
   */
  public boolean add(String key, Instant now, Instant forgotten) {
    em.createNativeQuery("delete from sign_in_attempt where last_failure_ms < ?1")
        .setParameter(1, forgotten.toEpochMilli())
        .executeUpdate();
    boolean absent =
        em.createNativeQuery("select 1 from sign_in_attempt where attempt_key = ?1")
            .setParameter(1, key)
            .getResultList()
            .isEmpty();
    if (absent) {
      em.createNativeQuery(
              "insert into sign_in_attempt (attempt_key, failures, locks, locked_until_ms,"
                  + " since_ms, last_failure_ms) values (?1, 0, 0, null, ?2, ?2)")
          .setParameter(1, key)
          .setParameter(2, now.toEpochMilli())
          .executeUpdate();
    }
    return absent;
  }

  /**
   * Changes the counts of {@code key} (added before with {@link #add}) under a row lock, as one
   * failure at {@code now}: counts forgotten since {@code forgotten} start afresh.
   *
   * @return the counts now stored
   */
  public Counts change(String key, Instant now, Instant forgotten, UnaryOperator<Counts> change) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select failures, locks, locked_until_ms, since_ms, last_failure_ms"
                        + " from sign_in_attempt where attempt_key = ?1 for update")
                .setParameter(1, key)
                .getSingleResult();
    boolean forgottenSince = ((Number) row[4]).longValue() < forgotten.toEpochMilli();
    Counts before = forgottenSince ? new Counts(0, 0, null, now) : counts(row);
    Counts after = change.apply(before);
    em.createNativeQuery(
            "update sign_in_attempt set failures = ?1, locks = ?2, locked_until_ms = ?3,"
                + " since_ms = ?4, last_failure_ms = ?5 where attempt_key = ?6")
        .setParameter(1, after.failures())
        .setParameter(2, after.locks())
        .setParameter(3, after.lockedUntil() == null ? null : after.lockedUntil().toEpochMilli())
        .setParameter(4, after.since().toEpochMilli())
        .setParameter(5, now.toEpochMilli())
        .setParameter(6, key)
        .executeUpdate();
    return after;
  }

  /** Forgets {@code key}: a right password clears the count of wrong ones. */
  public void forget(String key) {
    em.createNativeQuery("delete from sign_in_attempt where attempt_key = ?1")
        .setParameter(1, key)
        .executeUpdate();
  }

  private static Counts counts(Object[] row) {
    Number lockedUntil = (Number) row[2];
    return new Counts(
        ((Number) row[0]).intValue(),
        ((Number) row[1]).intValue(),
        lockedUntil == null ? null : Instant.ofEpochMilli(lockedUntil.longValue()),
        Instant.ofEpochMilli(((Number) row[3]).longValue()));
  }
}
