/**
 * The JasperReports templates: which exist, compiling each exactly once, and filling one into a PDF
 * or a Word document (DOCX). Compiling costs about two seconds a template, so it happens once per
 * application, never per request.
 */
package org.silkway.reports.template;
