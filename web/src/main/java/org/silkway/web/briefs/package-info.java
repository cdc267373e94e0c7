/**
 * The public briefs page: every brief the register can print, in three languages, now or as of a
 * past day. Read-only and stateless, like every page a reader sees without logging in.
 */
package org.silkway.web.briefs;
