/** What the desk reads as JSON: the difference between two revisions of an entry. */
package org.silkway.web.api.desk;
