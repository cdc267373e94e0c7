/** The sources list and the source form. */
package org.silkway.web.admin.source;
