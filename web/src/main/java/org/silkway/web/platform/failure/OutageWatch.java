package org.silkway.web.platform.failure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Notices when the database is back after an outage, so that {@link DatabaseOutage} writes its
 * summary then and not at the next request that happens to need the database. Asks the database
 * once a second, and only while an outage is going on. Also quiets the loggers that would otherwise
 * write lines for every failed request.
 */
@ApplicationScoped
class OutageWatch {

  private static final int CHECK_SECONDS = 1;
  private static final int VALID_TIMEOUT_SECONDS = 2;

  @Resource(lookup = "java:app/jdbc/silkway")
  private DataSource dataSource;

  @Resource private ManagedScheduledExecutorService scheduler;

  /**
   * Loggers of the server and of Hibernate that write lines of their own for every request an
   * outage fails (the connection pool's RAR5038, RAR5114 and RAR5117 warnings; Hibernate's SQL
   * error, twice). Silkway's own lines say all they say, once per outage; the pool still logs its
   * severe errors, and an SQL error that fails a request is in Silkway's line for it, with the
   * whole cause. Set here rather than in the server's logging configuration, which {@code
   * set-log-levels} in Payara Micro's post-boot file would reset to another format. Held, because
   * the logging system keeps loggers only weakly.
   */
  private static final List<Logger> REPEATING =
      List.of(
          quieted(
              "javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource.allocator",
              Level.SEVERE),
          quieted("javax.enterprise.resource.resourceadapter.com.sun.gjc.spi", Level.SEVERE),
          quieted(
              "javax.enterprise.resource.resourceadapter.com.sun.enterprise.connectors",
              Level.SEVERE),
          quieted("org.hibernate.engine.jdbc.spi.SqlExceptionHelper", Level.OFF));

  private ScheduledFuture<?> watch;

  private static Logger quieted(String name, Level level) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(level);
    return logger;
  }

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    REPEATING.size(); // the class is initialized: the loggers are quieted
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
