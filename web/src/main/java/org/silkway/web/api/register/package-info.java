/**
 * The register as one JSON document over HTTP: {@code GET /api/export}, {@code POST
 * /api/admin/import}.
 */
package org.silkway.web.api.register;
