package org.silkway.core.revision;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An entry as it stood at one audit revision: who made that revision and when, whether it published
 * something, the entry's names, status and attributes, and every claim it had.
 *
 * @param names the name in each language given, by language tag ({@code en}, {@code ru}, {@code
 *     zh})
 * @param published whether this revision is one readers saw (a publication)
 */
public record EntryVersion(
    long revision,
    Instant at,
    String editor,
    boolean published,
    String status,
    Map<String, String> names,
    Map<String, String> attributes,
    List<ClaimState> claims) {}
