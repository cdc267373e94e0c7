/** The claim form: add a claim to an entry, or correct one, with its citations. */
package org.silkway.web.admin.claim;
