/** An entry's history and the difference between two of its revisions, as pages. */
package org.silkway.web.admin.history;
