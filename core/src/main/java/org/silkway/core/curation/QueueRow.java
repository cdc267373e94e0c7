package org.silkway.core.curation;

import java.io.Serializable;
import java.time.Instant;
import org.silkway.core.entry.ChangeStatus;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.entry.EntryType;

/** An entry in a review queue: what it is, where it is in review, and who did what when. */
public record QueueRow(
    String key,
    EntryType type,
    String name,
    EntryStatus status,
    ChangeStatus changes,
    String lastChangedBy,
    Instant lastChangedAt,
    String submittedBy,
    Instant submittedAt,
    String reviewComment)
    // Serializable: a list page keeps its rows in the view, which travels with the session.
    implements Serializable {}
