/**
 * Silkway's HTTP API under {@code /api}, and how it reports errors ({@code
 * application/problem+json}).
 */
package org.silkway.web.api;
