package org.silkway.core.browse;

import java.util.List;

/**
 * A claim as an editor reads it, with the evidence it rests on and where it is in review.
 *
 * @param status {@code DRAFT}, {@code PUBLISHED} or {@code RETRACTED}
 * @param retractionProposed a published claim an editor asked to retract, pending review
 * @param replaces the key of the published claim this draft corrects, or null
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
    String replaces) {

  public boolean isDraft() {
    return "DRAFT".equals(status);
  }

  /** A source and the words of it that a claim rests on. */
  public record CitationView(
      String sourceKey, String sourceTitle, String outlet, String published, String excerpt) {}
}
