package org.silkway.reports.brief;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.silkway.core.publication.Published;

/**
 * After a publish, renders the new current editions of the most-read briefs in the background, so
 * that readers rarely wait for a render.
 *
 * <p>Bounded twice: at most {@code silkway.briefs.prerender} editions per publish (the briefs read
 * most since start, each in the language and format it was read in; a brief nobody has read is
 * rendered when someone asks), and one render at a time, on the container's managed executor.
 * Publishes that arrive during a pass start one more pass after it, not one each; a pass stops
 * early when a newer publish makes its editions old.
 */
@ApplicationScoped
public class EditionPrerender {

  private static final Logger LOG = Logger.getLogger(EditionPrerender.class.getName());

  @Resource private ManagedExecutorService executor;

  @Inject private BriefService briefs;

  @Inject
  @ConfigProperty(name = "silkway.briefs.prerender", defaultValue = "12")
  private int limit;

  /** A publish not yet rendered for. */
  private final AtomicBoolean pending = new AtomicBoolean();

  /** A pass is queued or running: never more than one. */
  private final AtomicBoolean running = new AtomicBoolean();

  /** Whether a background pass is queued or running (for tests that measure a quiet server). */
  public boolean busy() {
    return running.get();
  }

  void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) Published event) {
    pending.set(true);
    startUnlessRunning();
  }

  private void startUnlessRunning() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(this::drain);
    } catch (RejectedExecutionException e) {
      running.set(false);
      LOG.log(Level.WARNING, "Could not start rendering the new editions in the background", e);
    }
  }

  private void drain() {
    try {
      while (pending.getAndSet(false)) {
        renderMostRead();
      }
    } finally {
      running.set(false);
    }
    if (pending.get()) {
      startUnlessRunning();
    }
  }

  private void renderMostRead() {
    for (BriefService.Wanted wanted : briefs.mostRead(limit)) {
      if (pending.get()) {
        return;
      }
      try {
        briefs.renderAhead(wanted);
      } catch (RuntimeException e) {
        // An archived subject has no brief any more; anything else the reader's request will meet.
        LOG.log(Level.FINE, "Background render of " + wanted + " failed", e);
      }
    }
  }
}
