/**
 * The published revision: a counter that only publishing acts move (approve, prefer, archive,
 * restore, import, approve a source change), in commit order, each with the audit revision where
 * the published register it made can be read back. Briefs, editions and the export are keyed on it.
 */
package org.silkway.core.publication;
