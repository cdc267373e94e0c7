/** Indicators (trade, exports, freight trips, travel) and their observations over time. */
package org.silkway.core.indicator;
