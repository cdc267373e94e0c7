/**
 * The register as one JSON document (format {@code silkway-register}, version 1): the seed dataset,
 * the export and the import all use it, through one reader, one writer and one importer.
 */
package org.silkway.core.register;
