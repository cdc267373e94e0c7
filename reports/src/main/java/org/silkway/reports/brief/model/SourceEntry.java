package org.silkway.reports.brief.model;

/**
 * One numbered entry of a brief's source list. Empty strings for what a source does not have.
 *
 * @param date the publication date at its precision ("June 2025", "18 June 2025"), formatted
 * @param location the URL, or the file name of a source Silkway holds as a file
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
