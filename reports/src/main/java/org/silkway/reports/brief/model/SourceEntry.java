package org.silkway.reports.brief.model;

/**
 * One numbered entry of a brief's source list. Empty strings for what a source does not have, but
 * the location.
 *
 * @param date the publication date at its precision ("June 2025", "18 June 2025"), formatted
 * @param location the web address, or null for a source that has none: it is described by its
 *     title, outlet, author and date
 * @param retrieved when Silkway retrieved it, formatted
 */
public record SourceEntry(
    int number,
    String title,
    String outlet,
    String author,
    String date,
    String location,
    String retrieved) {}
