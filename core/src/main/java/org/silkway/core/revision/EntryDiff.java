package org.silkway.core.revision;

import java.util.List;

/** What changed in an entry from one revision to another, entry first, then claim by claim. */
public record EntryDiff(String key, EntryVersion from, EntryVersion to, List<Difference> changes) {}
