/**
 * How Silkway reaches its database: the data source name, schema migrations and their start-up run.
 */
package org.silkway.core.persistence;
