package org.silkway.web.support;

import jakarta.transaction.UserTransaction;

/** Runs work in a container transaction of its own, for in-container tests. */
public final class InTransaction {

  private InTransaction() {}

  /** Commits when the work returns; any failure becomes the test's failure. */
  public static Void run(UserTransaction tx, Runnable work) {
    try {
      tx.begin();
      work.run();
      tx.commit();
      return null;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
