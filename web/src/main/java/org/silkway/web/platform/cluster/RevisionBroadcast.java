package org.silkway.web.platform.cluster;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.silkway.core.history.CurrentRevision;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.publication.Published;

/**
 * Tells the other nodes of the cluster that this one published, so that their {@link
 * CurrentRevision}, and with it the current edition of every brief, moves within a moment (measured
 * in {@code docs/measurements.md}). Payara's clustered CDI event bus carries it over the data grid,
 * the same on Payara Micro and Payara Server, and not back to this node, whose own {@link
 * Published} observer has already moved.
 *
 * <p>The event carries only the revision's number, a {@code Long}: no class of Silkway's has to be
 * deserialized on the other side. A node that hears of a number newer than it knows reads the
 * revision from the database, which stays the one authority; an old or repeated number costs
 * nothing. Started with {@code --nocluster}, there is no grid: the event goes nowhere, which is
 * right for a single node.
 */
@ApplicationScoped
public class RevisionBroadcast {

  /** The event's name on the grid: observers of other applications never see it. */
  static final String PUBLISHED = "silkway.published-revision";

  private static final Logger LOG = Logger.getLogger(RevisionBroadcast.class.getName());

  @Inject
  @Outbound(eventName = PUBLISHED)
  Event<Long> otherNodes;

  @Inject CurrentRevision current;
  @Inject RegisterHistory history;

  private final AtomicBoolean failureLogged = new AtomicBoolean();

  /** After the commit, so that another node that asks the database finds the revision there. */
  void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) Published event) {
    try {
      otherNodes.fire(event.revision().number());
    } catch (RuntimeException e) {
      // The publish itself has committed; other nodes catch up at their next RevisionCheck.
      if (failureLogged.compareAndSet(false, true)) {
        LOG.log(
            Level.WARNING,
            "Could not tell the other nodes of a publish; they catch up at their next revision"
                + " check (silkway.cluster.revision-check-seconds; logged once)",
            e);
      }
    }
  }

  /** Another node published {@code number}. */
  void publishedElsewhere(@Observes @Inbound(eventName = PUBLISHED) Long number) {
    long known = current.get().map(r -> r.number()).orElse(0L);
    if (number > known) {
      catchUp();
    }
  }

  /** Moves this node to the newest revision the database holds. */
  void catchUp() {
    history.latest().ifPresent(current::advanceTo);
  }
}
