/**
 * What was published, for readers who follow the register: the change sets (one per publishing act)
 * between two days, with the subjects whose briefs they changed and what changed, for the JSON list
 * and the Atom feed of changes.
 */
package org.silkway.reports.changes;
