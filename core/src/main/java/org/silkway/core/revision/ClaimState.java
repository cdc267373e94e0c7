package org.silkway.core.revision;

import java.util.List;

/**
 * A claim as it stood at one revision, worded for a reader: its property's label, its value as a
 * brief prints it, and its citations by source title and excerpt.
 *
 * @param status {@code DRAFT}, {@code PUBLISHED} or {@code RETRACTED}
 * @param replaces the key of the published claim this draft corrects, or null
 * @param citations "Title: “excerpt”", in the claim's order
 */
public record ClaimState(
    String key,
    String property,
    String label,
    String value,
    String status,
    boolean preferred,
    boolean retractionProposed,
    String replaces,
    List<String> citations) {

  /** Whether the claim is one editors work on: not retracted. */
  public boolean isWorking() {
    return !"RETRACTED".equals(status);
  }
}
