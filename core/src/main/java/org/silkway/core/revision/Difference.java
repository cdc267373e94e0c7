package org.silkway.core.revision;

/**
 * One difference between two revisions of an entry, as a reader sees it: "Cost: 1.2 billion US
 * dollars → 350 million yuan".
 *
 * @param claim the claim's key, or null for the entry itself (a name, the status, an attribute)
 * @param subject what changed, worded: a property's label, "Russian name", "status"
 * @param before the old value as a reader reads it, or null when there was none
 * @param after the new value, or null when there is none now
 */
public record Difference(
    ChangeKind kind, String claim, String subject, String before, String after) {}
