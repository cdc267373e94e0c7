package org.silkway.reports.brief;

import java.time.Instant;
import java.util.List;
import org.silkway.core.i18n.Language;

/**
 * What a country brief says, already in the reader's language.
 *
 * @param otherNames the country's name in Silkway's other languages, for readers who search by them
 */
public record CountryBrief(
    String countryCode,
    String countryName,
    List<String> otherNames,
    Language language,
    Instant generatedAt) {}
