/**
 * What was published, for readers who follow the register: {@code /api/changes} (JSON) and {@code
 * /api/changes.atom} (an Atom feed), one item per publishing act, with what it changed in each
 * brief subject and links to the briefs.
 */
package org.silkway.web.api.changes;
