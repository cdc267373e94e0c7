package org.silkway.reports.brief;

import java.util.Map;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.model.BriefSubject;

/**
 * One brief the register can print now: its subject, its title in each language and the id of the
 * current edition in each language.
 */
public record BriefListing(
    BriefSubject subject, Map<Language, String> titles, Map<Language, String> editionIds) {

  public BriefListing {
    titles = Map.copyOf(titles);
    editionIds = Map.copyOf(editionIds);
  }
}
