package org.silkway.core.publication;

import org.silkway.core.history.RegisterRevision;

/**
 * A publishing act, fired inside its transaction by {@link Publications#publish}. Observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}: before the commit, readers cannot see
 * the revision yet, and a rolled-back act published nothing.
 */
public record Published(RegisterRevision revision) {}
