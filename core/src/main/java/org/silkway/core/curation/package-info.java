/**
 * Curation: what editors and reviewers do to the register, as application services. Every change
 * names its {@link org.silkway.core.curation.Curator}, checks the version the editor started from
 * (so that no one overwrites a change they have not seen) and records itself on the entry; review
 * actions check the curator's role here as well as on the page.
 */
package org.silkway.core.curation;
