package org.silkway.core.support;

import org.silkway.core.entry.EntryRepository;
import org.silkway.core.publication.Publications;

/**
 * The publishing act tests reach for most: someone archives an entry, readers no longer see it, and
 * the published revision moves.
 */
public final class Archiving {

  private Archiving() {}

  /** Archives the entry {@code key} as {@code editor}, as one publication of its own. */
  public static void publish(Persistence db, String editor, String key) {
    db.inTransaction(
        editor,
        em ->
            new Publications(em)
                .publish(
                    "archived " + key,
                    () -> {
                      new EntryRepository(em).byKey(key).orElseThrow().archive();
                      return null;
                    }));
  }
}
