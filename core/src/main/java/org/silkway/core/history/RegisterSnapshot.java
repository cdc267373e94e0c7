package org.silkway.core.history;

import java.time.Instant;
import org.silkway.core.register.RegisterDocument;

/**
 * The published register at one revision of the audit history.
 *
 * @param revision the number of the last change it includes; it moves with every publish, so it
 *     identifies what a brief shows
 * @param revisedAt when that change was committed
 * @param document every source and every published entry, with claims and citations, as then
 */
public record RegisterSnapshot(long revision, Instant revisedAt, RegisterDocument document) {}
