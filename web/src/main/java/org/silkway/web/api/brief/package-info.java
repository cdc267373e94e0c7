/** PDF briefs over HTTP: {@code /api/briefs/...}. */
package org.silkway.web.api.brief;
