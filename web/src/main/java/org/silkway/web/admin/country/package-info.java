/** The countries admin page. */
package org.silkway.web.admin.country;
