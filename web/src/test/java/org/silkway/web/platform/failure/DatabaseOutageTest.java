package org.silkway.web.platform.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A database outage is two log lines, its first failure and its summary, however long it lasts. */
class DatabaseOutageTest {

  private static final Logger LOG = Logger.getLogger("org.silkway.failure");

  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    DatabaseOutage.clear(); // no outage left over from another test
    LOG.addHandler(handler);
    logged.clear();
  }

  @AfterEach
  void stopListening() {
    LOG.removeHandler(handler);
    DatabaseOutage.clear();
  }

  @Test
  void a_thousand_failed_requests_are_one_line_with_the_cause_and_one_summary() {
    var down = new SQLException("Connection refused", "08001");

    String first = Failures.classify(down, "GET /api/export").id();
    for (int i = 1; i < 1_000; i++) {
      assertEquals(first, Failures.classify(down, "GET /api/export").id(), "the outage's id");
    }
    Failures.databaseUnavailable("the readiness check", down);

    assertEquals(1, logged.size(), "during the outage");
    assertTrue(logged.get(0).getMessage().contains("first failure during GET /api/export"));
    assertEquals(down, logged.get(0).getThrown());

    DatabaseOutage.ended();

    assertEquals(2, logged.size());
    String summary = logged.get(1).getMessage();
    assertTrue(summary.contains(first), summary);
    assertTrue(summary.contains("1,001 requests answered 503"), summary);
    assertFalse(DatabaseOutage.isOngoing());
  }

  @Test
  void the_next_outage_is_a_new_episode_with_a_new_id() {
    var down = new SQLException("Connection refused", "08001");
    String first = Failures.classify(down, "GET /api/export").id();
    DatabaseOutage.ended();

    String second = Failures.classify(down, "GET /api/export").id();

    assertNotEquals(first, second);
    assertEquals(3, logged.size(), "first outage: two lines; second: its first line so far");
  }

  @Test
  void a_failure_of_no_known_kind_during_an_outage_is_the_outages_503_and_is_logged() {
    var down = new SQLException("Connection refused", "08001");
    String outage = Failures.classify(down, "GET /api/export").id();
    var odd = new IllegalStateException("Connection closed");

    Failure during = Failures.classify(odd, "GET /admin/entry.xhtml");

    assertEquals(503, during.status());
    assertEquals(outage, during.id());
    assertEquals(2, logged.size());
    assertEquals(odd, logged.get(1).getThrown(), "the odd failure's cause is in the log");
    assertTrue(logged.get(1).getMessage().contains(outage), logged.get(1).getMessage());
  }

  @Test
  void just_after_an_outage_an_unknown_failure_is_still_its_503_and_later_an_internal_error() {
    Failures.classify(new SQLException("Connection refused", "08001"), "GET /api/export");
    DatabaseOutage.ended();

    assertEquals(503, Failures.classify(new IllegalStateException(), "GET /").status());
    assertEquals(503, Failures.unexplained(500, "GET /").status(), "a bare 500 too");

    DatabaseOutage.clear(); // as if the aftermath were over
    assertEquals(500, Failures.classify(new IllegalStateException(), "GET /").status());
  }
}
