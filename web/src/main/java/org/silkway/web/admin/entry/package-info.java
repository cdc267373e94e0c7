/** The read-only register pages: entries of each type, and one entry with its evidence. */
package org.silkway.web.admin.entry;
