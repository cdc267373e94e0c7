/** The editors' admin pages (PrimeFaces), one backing bean per page. */
package org.silkway.web.admin;
