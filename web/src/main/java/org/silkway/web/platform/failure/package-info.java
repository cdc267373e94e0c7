/**
 * What Silkway tells a user when a request fails, and what it logs: one classification of failures
 * (database unavailable, expired page, request too large, ...) that the HTTP API's problem
 * responses and the HTML error pages share, and an id that ties each answer to its log line.
 */
package org.silkway.web.platform.failure;
