/**
 * Users over HTTP for scripts: a user changes their own password ({@code /api/account/password}),
 * administrators list and create users ({@code /api/admin/users}).
 */
package org.silkway.web.api.user;
