package org.silkway.web.search;

import java.util.List;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.Vocabulary;
import org.silkway.core.search.SearchHit;

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

  private static final Vocabulary WORDS = Vocabulary.of(Language.EN);

  public FoundRow {
    links = List.copyOf(links);
  }

  /** A hit as the (English) pages word it, with its links. */
  static FoundRow of(SearchHit hit, List<Link> links) {
    return new FoundRow(
        hit.name().in(Language.EN),
        hit.name().has(Language.RU) ? hit.name().in(Language.RU) : null,
        hit.name().has(Language.ZH) ? hit.name().in(Language.ZH) : null,
        WORDS.word("type." + hit.type()),
        WORDS.word("status." + hit.status()),
        WORDS.word("search.matched." + hit.matchedIn().name()),
        hit.excerpt(),
        links);
  }

  /** A link of a hit: where it goes and what it says. */
  public record Link(String href, String label) {}
}
