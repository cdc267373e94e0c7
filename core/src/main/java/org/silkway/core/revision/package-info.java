/**
 * An entry's own history as people read it: the entry as it stood at each audit revision ({@link
 * org.silkway.core.revision.EntryVersion}), what changed from one to another claim by claim ({@link
 * org.silkway.core.revision.EntryDiff}), worded in a reader's language.
 */
package org.silkway.core.revision;
