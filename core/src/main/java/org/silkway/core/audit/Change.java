package org.silkway.core.audit;

import java.time.Instant;

/**
 * One change in an entry's history.
 *
 * @param what "added", "modified" or "deleted"
 * @param summary the state after the change, in a line (status, or the claim's value)
 */
public record Change(
    long revision, Instant at, String editor, String subject, String what, String summary) {}
