package org.silkway.core.browse;

import java.util.List;

/**
 * A claim as an editor reads it, with the evidence it rests on and where it is in review.
 *
 * @param status {@code DRAFT}, {@code PUBLISHED} or {@code RETRACTED}
 * @param retractionProposed a published claim an editor asked to retract, pending review
 * @param replaces the key of the published claim this draft corrects, or null
 * @param translations for a text, one per language its source did not write it in; else none
 */
public record ClaimView(
    String key,
    String property,
    String value,
    String appliesTo,
    String asStated,
    String kind,
    boolean preferred,
    String note,
    List<String> derivedFrom,
    List<CitationView> citations,
    String status,
    boolean retractionProposed,
    String replaces,
    List<TranslationView> translations) {

  public boolean isDraft() {
    return "DRAFT".equals(status);
  }

  /**
   * A text's translation into one language: what readers see ({@code text}, null while there is
   * none) and what waits for review ({@code proposed}, or null).
   *
   * @param language the language's tag, {@code ru}
   * @param languageName in English, as the desk reads it: "Russian"
   */
  public record TranslationView(
      String language, String languageName, String text, String proposed) {}

  /** A source and the words of it that a claim rests on. */
  public record CitationView(
      String sourceKey, String sourceTitle, String outlet, String published, String excerpt) {}
}
