/**
 * Curation: what editors and reviewers do to the register, as application services. Every change
 * names the caller the container authenticated ({@link org.silkway.core.access.Callers}), checks
 * their role here whatever the page shows, checks the version the editor started from (so that no
 * one overwrites a change they have not seen) and records itself on the entry.
 */
package org.silkway.core.curation;
