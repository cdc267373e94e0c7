/**
 * Organizations: international bodies, government bodies, companies, universities, media,
 * initiatives.
 */
package org.silkway.core.organization;
