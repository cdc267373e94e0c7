package org.silkway.web.search;

import java.util.List;

/**
 * One hit as a page shows it: names in three languages, type and status and where it matched (in
 * words), the words around the match, and links (to the briefs that cover it for readers, to the
 * entry or source page for editors).
 */
public record FoundRow(
    String nameEn,
    String nameRu,
    String nameZh,
    String type,
    String status,
    String matchedIn,
    String excerpt,
    List<Link> links) {

  public FoundRow {
    links = List.copyOf(links);
  }

  /** A link of a hit: where it goes and what it says. */
  public record Link(String href, String label) {}
}
