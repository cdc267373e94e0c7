/**
 * Editions of a brief: the short id fixed by what a brief shows (subject, language, register
 * revision, template version, requested day), and the rendered editions kept in memory under a byte
 * bound so that a popular brief is rendered once per revision.
 */
package org.silkway.reports.edition;
