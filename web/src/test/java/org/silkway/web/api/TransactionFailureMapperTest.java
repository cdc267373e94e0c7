package org.silkway.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Priority;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.silkway.web.platform.failure.Failure;

/**
 * A commit cut by a database restart reaches Jersey as a {@code TransactionalException}; Silkway's
 * mapper for it must be the one Jersey picks, and must answer 503 with Retry-After.
 */
class TransactionFailureMapperTest {

  @Test
  void a_commit_whose_connection_died_is_503_with_retry_after() {
    // What Payara's @Transactional interceptor throws when the commit of the one non-XA resource
    // fails: the driver's exception is logged, the SystemException handed on without it.
    var commit =
        new TransactionalException(
            "Managed bean with Transactional annotation and TxType of REQUIRED encountered"
                + " exception during commit jakarta.transaction.SystemException",
            new SystemException("commit failed"));

    Failure failure = TransactionFailureMapper.failure(commit, "POST /api/admin/users");

    assertEquals(503, failure.status());
    assertEquals(Failure.DATABASE_RETRY_SECONDS, failure.retryAfterSeconds());
  }

  @Test
  void a_rollback_at_commit_caused_by_a_lost_connection_is_503() {
    var rollback = new RollbackException("flush before completion failed");
    rollback.initCause(new RuntimeException(new SQLException("I/O error", "08006")));

    Failure failure =
        TransactionFailureMapper.failure(
            new TransactionalException("commit", rollback), "POST /api/account/password");

    assertEquals(503, failure.status());
  }

  @Test
  void a_transaction_failure_without_a_database_cause_is_silkways_500_with_an_error_id() {
    Failure failure =
        TransactionFailureMapper.failure(
            new TransactionalException("commit", new IllegalStateException("bug")), "GET /api/x");

    assertEquals(500, failure.status());
    assertTrue(failure.id() != null && !failure.id().isBlank());
  }

  @Test
  void it_outranks_jerseys_own_mapper_for_the_same_type() {
    // Jersey keeps, among mappers of equal distance, the lowest @Priority value; its own
    // TransactionalExceptionMapper has no @Priority and ranks 5000.
    int priority = TransactionFailureMapper.class.getAnnotation(Priority.class).value();
    assertTrue(priority > 0 && priority < 5000, "priority " + priority);
  }
}
