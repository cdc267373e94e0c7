/** What several admin pages share. */
package org.silkway.web.admin.support;
