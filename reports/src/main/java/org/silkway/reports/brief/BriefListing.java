package org.silkway.reports.brief;

import java.util.EnumMap;
import java.util.Map;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.template.BriefFormat;

/**
 * One brief the register can print now: its subject, its title in each language and the id of the
 * current edition in each format and language.
 */
public record BriefListing(
    BriefSubject subject,
    Map<Language, String> titles,
    Map<BriefFormat, Map<Language, String>> editionIds) {

  public BriefListing {
    titles = Map.copyOf(titles);
    Map<BriefFormat, Map<Language, String>> copied = new EnumMap<>(BriefFormat.class);
    editionIds.forEach((format, ids) -> copied.put(format, Map.copyOf(ids)));
    editionIds = Map.copyOf(copied);
  }

  /** The id of the current edition in that format and language. */
  public String editionId(BriefFormat format, Language language) {
    return editionIds.get(format).get(language);
  }
}
