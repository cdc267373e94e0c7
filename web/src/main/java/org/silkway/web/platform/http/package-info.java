/** What every HTTP response carries, whatever produced it: security headers, no session by URL. */
package org.silkway.web.platform.http;
