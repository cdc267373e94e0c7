package org.silkway.web.admin.source;

import java.io.Serializable;
import org.silkway.core.source.Source;

/**
 * One line of the sources list, copied out of the entity: the list's lazy model keeps its page of
 * rows in the view, and so in the session, where an entity has no place (it would drag its
 * persistence state to whichever node the session moves to). The accessors have the entity's names,
 * so the page reads the same.
 */
public record SourceRow(
    String key,
    String title,
    String outlet,
    String author,
    String published,
    String language,
    String url)
    implements Serializable {

  public static SourceRow of(Source source) {
    return new SourceRow(
        source.key(),
        source.title(),
        source.outlet(),
        source.author(),
        source.published() == null ? null : source.published().toString(),
        source.language(),
        source.url());
  }
}
