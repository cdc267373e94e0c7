package org.silkway.reports.brief;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Deque;
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
 * Publishes that arrive during a pass start it again with the newest editions, never a second pass
 * beside it.
 *
 * <p>Each render is a task of its own, which submits the next when it is done: the container's
 * default executor may run one task at a time (Payara's runs on one thread), and an editor's import
 * queued behind a whole pass of renders waited for a minute with its page at 0 %.
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

  /** A render is queued or running: never more than one. */
  private final AtomicBoolean running = new AtomicBoolean();

  /**
   * The editions of the pass still to render. Only the one queued or running task touches it, and
   * handing a task to the executor publishes what the task before it wrote.
   */
  private final Deque<BriefService.Wanted> pass = new ArrayDeque<>();

  /** Whether a background render is queued or running (for tests that measure a quiet server). */
  public boolean busy() {
    return running.get();
  }

  void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) Published event) {
    pending.set(true);
    if (running.compareAndSet(false, true)) {
      submit();
    }
  }

  private void submit() {
    try {
      executor.execute(this::renderNext);
    } catch (RejectedExecutionException e) {
      pass.clear();
      running.set(false);
      LOG.log(Level.WARNING, "Could not render the new editions in the background", e);
    }
  }

  /** Renders one edition of the pass (a newer publish starts the pass again), then the next. */
  private void renderNext() {
    if (pending.getAndSet(false)) {
      pass.clear();
      pass.addAll(briefs.mostRead(limit));
    }
    BriefService.Wanted wanted = pass.poll();
    if (wanted != null) {
      try {
        briefs.renderAhead(wanted);
      } catch (RuntimeException e) {
        // An archived subject has no brief any more; anything else the reader's request will meet.
        LOG.log(Level.FINE, "Background render of " + wanted + " failed", e);
      }
    }
    if (!pass.isEmpty() || pending.get()) {
      submit();
      return;
    }
    running.set(false);
    // A publish between the check above and now found the chain still running: start it again.
    if (pending.get() && running.compareAndSet(false, true)) {
      submit();
    }
  }
}
