package org.silkway.web.platform.cluster;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The safety net under {@link RevisionBroadcast}: every {@code
 * silkway.cluster.revision-check-seconds} (10 by default, 0 never) each node reads the published
 * revision from the database. A clustered event can be lost (a node that was cut off from the grid
 * for a moment, or a grid that is not configured at all), and a brief's current edition is keyed on
 * the revision a node knows: without this a lost event would leave a node serving a stale edition
 * as current until its next restart. With it, a node is never more than that interval behind. One
 * indexed single-row query per node per interval.
 */
@ApplicationScoped
class RevisionCheck {

  static final int DEFAULT_SECONDS = 10;

  @Inject
  @ConfigProperty(name = "silkway.cluster.revision-check-seconds", defaultValue = "10")
  int seconds;

  @Inject RevisionBroadcast broadcast;

  @Resource private ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> check;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (seconds > 0) {
      check = scheduler.scheduleWithFixedDelay(this::run, seconds, seconds, TimeUnit.SECONDS);
    }
  }

  @PreDestroy
  void stop() {
    if (check != null) {
      check.cancel(false);
    }
  }

  private void run() {
    try {
      broadcast.catchUp();
    } catch (RuntimeException databaseAway) {
      // During an outage every request says so (DatabaseOutage); the next check tries again.
    }
  }
}
