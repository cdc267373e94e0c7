/** Administrators' pages for users: the list, and one user (create, role, enable, password). */
package org.silkway.web.admin.user;
