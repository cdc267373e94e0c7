/**
 * {@code GET /api/admin/backup}: the administrators' download of a full backup ({@code
 * core.backup}). Restoring is a start-up option, not an endpoint (see {@code StartupTasks}).
 */
package org.silkway.web.api.backup;
