package org.silkway.web.platform.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** How failures are told apart: an outage of the database is a 503, anything unknown a 500. */
class FailuresTest {

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
  void an_unknown_failure_is_an_internal_error() {
    assertEquals(500, Failures.classify(new IllegalStateException("bug"), "GET /").status());
  }
}
