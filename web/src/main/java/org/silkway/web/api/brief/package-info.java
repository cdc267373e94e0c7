/** Briefs over HTTP, as PDF and as Word documents: {@code /api/briefs/...}. */
package org.silkway.web.api.brief;
