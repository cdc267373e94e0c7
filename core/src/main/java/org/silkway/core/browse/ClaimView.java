package org.silkway.core.browse;

import java.util.List;

/** A claim as an editor reads it, with the evidence it rests on. */
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
    List<CitationView> citations) {

  /** A source and the words of it that a claim rests on. */
  public record CitationView(
      String sourceKey, String sourceTitle, String outlet, String published, String excerpt) {}
}
