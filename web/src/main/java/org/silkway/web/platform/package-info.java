/**
 * What the application needs from its server: the data source, the start-up work (schema
 * migrations, template compilation) and the readiness check.
 */
package org.silkway.web.platform;
