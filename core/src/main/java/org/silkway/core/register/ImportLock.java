package org.silkway.core.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;

/**
 * Lets one import at a time fill the register, on every server that shares the database: an import
 * locks the one row of {@code register_lock} (migration V3) before it looks whether the register is
 * empty, and holds it until its transaction ends. Another import waits, then finds the register
 * full. A database row, not a Java lock, because servers share the database, not memory.
 */
@ApplicationScoped
public class ImportLock {

  @PersistenceContext(unitName = "silkway")
  private EntityManager em;

  protected ImportLock() {}

  /** For use outside a container (tools, tests). */
  public ImportLock(EntityManager em) {
    this.em = em;
  }

  /**
   * Takes the lock for the rest of the current transaction.
   *
   * @throws RegisterNotEmptyException when another import held it longer than the database waits
   *     (H2 waits a second by default): that import is filling the register
   */
  public void acquire() {
    try {
      // SELECT ... FOR UPDATE is the same on H2 and PostgreSQL; there is no entity to lock.
      em.createNativeQuery("select id from register_lock where id = 1 for update")
          .getSingleResult();
    } catch (PessimisticLockException | LockTimeoutException e) {
      throw RegisterNotEmptyException.whileAnotherImportRuns();
    }
  }
}
