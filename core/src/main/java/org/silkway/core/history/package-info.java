/**
 * The published register through time: as it is now, or as it stood at the end of any past day,
 * read back from the audit history. Briefs are dated by the revision they show, never by the clock.
 */
package org.silkway.core.history;
