/**
 * Spreadsheets in and out: one sheet per entry type, its columns made from the property schema
 * ({@link org.silkway.core.spreadsheet.SheetLayout}); templates to fill in, an import that turns
 * rows into drafts and proposed changes for review, and an export the import reads back unchanged.
 */
package org.silkway.core.spreadsheet;
