/**
 * Who changed what and when: every change to entries, claims, citations and sources is kept as a
 * revision (Hibernate Envers), stamped with the editor who made it.
 */
package org.silkway.core.audit;
