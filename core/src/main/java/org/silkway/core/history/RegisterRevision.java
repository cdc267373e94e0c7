package org.silkway.core.history;

import java.time.Instant;

/** One revision of the audit history: its number and when it was committed. */
public record RegisterRevision(long number, Instant revisedAt) {}
