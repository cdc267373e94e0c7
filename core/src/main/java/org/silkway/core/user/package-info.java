/**
 * Who may sign in and what they may do: users with one cumulative role (editor, reviewer,
 * administrator), passwords kept as PBKDF2 hashes, and the service administrators and sign-in use.
 */
package org.silkway.core.user;
