/**
 * What a brief says, as plain data already worded in the reader's language: the read model that the
 * assembly fills from the register and the renderer prints. Nothing here knows JasperReports or the
 * database.
 */
package org.silkway.reports.brief.model;
