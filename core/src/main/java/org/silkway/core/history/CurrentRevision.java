package org.silkway.core.history;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.silkway.core.publication.Published;

/**
 * The current published revision, held in memory so that a reader can find the current edition of a
 * brief without a database round trip. It is read from the database once, on first use, and from
 * then on moved by {@link Published} after each publishing transaction commits.
 *
 * <p>It only ever moves forward ({@link #advanceTo} keeps the higher number), so events may arrive
 * late, twice or out of order. That is also how other nodes will move it: a clustered event (a
 * Payara {@code @Inbound} observer, or a listener on a data-grid topic) carrying the revision
 * another node published calls {@link #advanceTo} here, and nothing else changes. Between a commit
 * and its event a reader may still see the previous revision for a moment; a read of the register
 * that meets a newer revision in the database moves this forward too.
 */
@ApplicationScoped
public class CurrentRevision {

  /** Before anything is published: no brief has an edition yet. */
  static final RegisterRevision NOTHING_PUBLISHED = new RegisterRevision(0, Instant.EPOCH);

  private final AtomicReference<RegisterRevision> current = new AtomicReference<>();
  private Supplier<Optional<RegisterRevision>> database;
  private boolean held = true;

  protected CurrentRevision() {}

  @Inject
  public CurrentRevision(RegisterHistory history) {
    this(history::latest);
  }

  /** For tests: {@code database} is asked once, on first use. */
  public CurrentRevision(Supplier<Optional<RegisterRevision>> database) {
    this.database = database;
  }

  /**
   * Outside a container (tools, tests) no event reaches this class, so the database is asked on
   * every {@link #get}.
   */
  public static CurrentRevision askingEachTime(Supplier<Optional<RegisterRevision>> database) {
    CurrentRevision revision = new CurrentRevision(database);
    revision.held = false;
    return revision;
  }

  /** The newest published revision this node knows of; empty when nothing is published. */
  public Optional<RegisterRevision> get() {
    RegisterRevision known = current.get();
    if (known == null || !held) {
      // Racing first readers may each ask the database: harmless, and only once per start.
      known = advanceTo(database.get().orElse(NOTHING_PUBLISHED));
    }
    return known.number() == 0 ? Optional.empty() : Optional.of(known);
  }

  /** First among the observers, so that those rendering the new revision see it here. */
  void published(
      @Observes(during = TransactionPhase.AFTER_SUCCESS)
          @Priority(Interceptor.Priority.LIBRARY_BEFORE)
          Published event) {
    advanceTo(event.revision());
  }

  /**
   * Moves to {@code revision} unless a newer one is already known.
   *
   * @return the revision now held
   */
  public RegisterRevision advanceTo(RegisterRevision revision) {
    return current.accumulateAndGet(
        revision,
        (held, offered) -> held == null || offered.number() > held.number() ? offered : held);
  }
}
