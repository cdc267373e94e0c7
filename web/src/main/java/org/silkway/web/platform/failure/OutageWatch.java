package org.silkway.web.platform.failure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Notices when the database is back after an outage, so that {@link DatabaseOutage} writes its
 * summary then and not at the next request that happens to need the database. Asks the database
 * once a second, and only while an outage is going on.
 */
@ApplicationScoped
class OutageWatch {

  private static final int CHECK_SECONDS = 1;
  private static final int VALID_TIMEOUT_SECONDS = 2;

  @Resource(lookup = "java:app/jdbc/silkway")
  private DataSource dataSource;

  @Resource private ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> watch;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    watch =
        scheduler.scheduleWithFixedDelay(
            this::check, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (watch != null) {
      watch.cancel(false);
    }
  }

  private void check() {
    if (!DatabaseOutage.isOngoing()) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      if (connection.isValid(VALID_TIMEOUT_SECONDS)) {
        DatabaseOutage.ended();
      }
    } catch (SQLException | RuntimeException stillDown) {
      // Still unavailable: the outage's first line said why; its summary comes when it is back.
    }
  }
}
