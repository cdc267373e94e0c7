package org.silkway.core.curation;

/**
 * Which part of a queue to show.
 *
 * @param nameContains part of the entry's name in any language, or blank for all
 * @param sortBy {@code name}, {@code changed} or {@code submitted}; anything else sorts by name
 */
public record QueuePage(
    int first, int size, String nameContains, String sortBy, boolean ascending) {

  public QueuePage {
    first = Math.max(0, first);
    size = Math.max(1, Math.min(size, 200));
  }
}
