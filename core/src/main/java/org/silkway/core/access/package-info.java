/**
 * Who is calling, as the container says: every service that changes the register or the users asks
 * {@link org.silkway.core.access.Callers} for the {@link org.silkway.core.access.Caller} and checks
 * the role it needs itself, throwing {@link org.silkway.core.access.NotAllowedException}. A page
 * hiding a button, or a URL pattern in {@code web.xml}, is a second line, not the protection. Only
 * this package constructs a caller.
 */
package org.silkway.core.access;
