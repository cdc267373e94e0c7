package org.silkway.core.history;

import java.time.Instant;

/** One published revision: its number in the publication sequence and when it was published. */
public record RegisterRevision(long number, Instant revisedAt) {}
