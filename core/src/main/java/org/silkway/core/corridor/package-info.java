/** Transport and economic corridors and the countries and projects along them. */
package org.silkway.core.corridor;
