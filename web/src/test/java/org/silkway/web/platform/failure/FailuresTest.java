package org.silkway.web.platform.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.silkway.core.access.NotAllowedException;

/** How failures are told apart: an outage of the database is a 503, anything unknown a 500. */
class FailuresTest {

  /** Each test starts and ends with no outage: one would turn an unknown failure into a 503. */
  @BeforeEach
  @AfterEach
  void noOutage() {
    DatabaseOutage.clear();
  }

  @Test
  void a_commit_that_lost_its_connection_is_the_database_being_unavailable() {
    var commit =
        new TransactionalException(
            "encountered exception during commit", new SystemException("commit failed"));

    assertEquals(503, Failures.classify(commit, "GET /admin/entry.xhtml").status());
  }

  @Test
  void a_connection_exception_state_deep_in_the_chain_is_the_database_being_unavailable() {
    var wrapped =
        new IllegalStateException(new RuntimeException(new SQLException("gone", "08006")));

    assertEquals(503, Failures.classify(wrapped, "GET /api/export").status());
  }

  @Test
  void a_service_refusing_the_callers_role_is_forbidden_and_says_nothing_of_the_cause() {
    var refused =
        new RuntimeException(
            "javax.faces wrapper", new NotAllowedException("Only a reviewer may approve."));

    Failure failure = Failures.classify(refused, "POST /admin/entry.xhtml");

    assertEquals(403, failure.status());
    assertEquals(null, failure.id(), "nothing to look up in the log");
    assertFalse(failure.detail().contains("NotAllowedException"), failure.detail());
  }

  @Test
  void an_unknown_failure_is_an_internal_error() {
    assertEquals(500, Failures.classify(new IllegalStateException("bug"), "GET /").status());
  }
}
