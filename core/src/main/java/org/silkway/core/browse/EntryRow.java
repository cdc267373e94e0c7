package org.silkway.core.browse;

import java.io.Serializable;
import java.time.Instant;
import org.silkway.core.entry.ChangeStatus;
import org.silkway.core.entry.EntryStatus;

/** One entry in a paged list: only what a row shows, read as a projection. */
public record EntryRow(
    String key,
    String nameEn,
    String nameRu,
    String nameZh,
    EntryStatus status,
    ChangeStatus changes,
    Instant lastChangedAt,
    long claims)
    // Serializable: a list page keeps its rows in the view, which travels with the session.
    implements Serializable {}
