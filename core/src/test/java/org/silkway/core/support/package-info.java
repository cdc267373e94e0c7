/**
 * Runs the persistence unit outside a container, on H2 or an embedded PostgreSQL, for fast tests.
 */
package org.silkway.core.support;
