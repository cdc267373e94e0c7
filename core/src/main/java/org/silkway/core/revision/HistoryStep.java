package org.silkway.core.revision;

import java.util.List;

/**
 * One step of an entry's history: the revision, when it was made (worded in the reader's language:
 * "3 December 2026, 07:16 UTC", "3 декабря 2026 г., 07:16 UTC"), and what it changed from the step
 * before.
 */
public record HistoryStep(EntryVersion version, String when, List<Difference> changes) {}
