/**
 * Dates as sources state them: to the day, the month or the year, single or as a span, and relative
 * dates ("next month", "yesterday") resolved against an article's publication day.
 */
package org.silkway.core.time;
