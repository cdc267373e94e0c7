package org.silkway.core.search;

import org.silkway.core.i18n.LocalizedName;

/**
 * One thing found: an entry or a source, how well it matched and where.
 *
 * @param key the entry's or the source's key
 * @param type the entry type's slug ({@code project}), or {@code source}
 * @param name the entry's names, or the source's title as an English name
 * @param status where the matched thing is in review: the entry's status ({@code PUBLISHED}, {@code
 *     DRAFT}, ...) for a name, the claim's ({@code PUBLISHED}, {@code DRAFT}) for a claim text or
 *     an excerpt, and for a source {@code PUBLISHED} when a published claim cites it, else {@code
 *     DRAFT}
 * @param matchedIn where the text was found
 * @param excerpt the words around the match, for a claim text, an excerpt or a title; else null
 */
public record SearchHit(
    String key,
    String type,
    LocalizedName name,
    String status,
    MatchedIn matchedIn,
    String excerpt) {

  /** The slug that {@link #type} has for a source. */
  public static final String SOURCE = "source";

  public boolean isSource() {
    return SOURCE.equals(type);
  }
}
