/**
 * Spreadsheets on the web: templates to download, the import endpoint, the import page with its
 * progress and problems, and the jobs that run imports after the request that started them.
 */
package org.silkway.web.spreadsheet;
