/**
 * Who may do what on the web: one authentication mechanism (the sign-in page, HTTP Basic for
 * scripts, the session), the identity store over Silkway's users, the throttle on wrong passwords,
 * the first administrator, and the filters that send a user with a password to change to the
 * password page and stamp audit revisions with the signed-in user. Which roles a path needs is in
 * {@code web.xml}.
 */
package org.silkway.web.security;
