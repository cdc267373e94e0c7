/**
 * Search in the web module: readers' search (the box on {@code /briefs} and {@code GET
 * /api/search}), which finds published things only and points to the briefs that cover each, and
 * editors' search ({@code /admin/search.xhtml}, from the box in every page's header), which finds
 * drafts too and links to the entry or source pages.
 */
package org.silkway.web.search;
