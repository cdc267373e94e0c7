package org.silkway.core.user;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.silkway.core.support.Persistence;

/**
 * {@link SignInAttempts} outside a container, each call in a transaction of its own as the
 * container runs it: for tests of the counts, and of the web's sign-in throttle, on a real
 * database.
 */
public class SignInAttemptsOn extends SignInAttempts {

  private final Persistence db;

  public SignInAttemptsOn(Persistence db) {
    this.db = db;
  }

  /** How many keys the table holds, forgotten ones included. */
  public long rows() {
    return db.inTransaction(
        em ->
            ((Number)
                    em.createNativeQuery("select count(*) from sign_in_attempt").getSingleResult())
                .longValue());
  }

  /** Forgets every key: each test starts from an empty table. */
  public void clear() {
    db.inTransaction(em -> em.createNativeQuery("delete from sign_in_attempt").executeUpdate());
  }

  @Override
  public Optional<Counts> find(String key, Instant forgotten) {
    return db.inTransaction(em -> new SignInAttempts(em).find(key, forgotten));
  }

  @Override
  public boolean add(String key, Instant now, Instant forgotten) {
    return db.inTransaction(em -> new SignInAttempts(em).add(key, now, forgotten));
  }

  @Override
  public Counts change(String key, Instant now, Instant forgotten, UnaryOperator<Counts> change) {
    return db.inTransaction(em -> new SignInAttempts(em).change(key, now, forgotten, change));
  }

  @Override
  public void forget(String key) {
    db.inTransaction(
        em -> {
          new SignInAttempts(em).forget(key);
          return null;
        });
  }
}
