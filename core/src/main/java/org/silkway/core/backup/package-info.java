/**
 * Backup and restore for operators: the whole database of a register (drafts, pending changes,
 * history, users, publications) as a zip of one JSON file per table, read through JDBC metadata so
 * that it follows the schema Flyway made, and restored into an empty database of the same schema
 * version, on H2 or PostgreSQL alike. The register export ({@code core.register}) is for readers
 * and leaves all of that out.
 */
package org.silkway.core.backup;
