package org.silkway.reports.brief.model;

/**
 * The fixed words around a brief's content, in its language: "Country brief", "Register as of",
 * "Edition", "English", "At a glance", "Sources", "Page {0} of {1}", "Retrieved".
 *
 * @param pageOf a pattern with {@code {0}} (this page) and {@code {1}} (all pages)
 */
public record PageLabels(
    String kind,
    String registerAsOf,
    String edition,
    String languageName,
    String atAGlance,
    String sources,
    String pageOf,
    String retrieved,
    String documentTitle) {}
