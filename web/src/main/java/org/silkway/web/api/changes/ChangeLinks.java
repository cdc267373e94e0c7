package org.silkway.web.api.changes;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.BriefListing;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.changes.ChangeSet;
import org.silkway.reports.template.BriefFormat;
import org.silkway.web.api.brief.BriefPaths;

/**
 * Where a change set points a reader, per subject it touched: the brief as of the day it was
 * published (an address that shows it, whatever is published later) and what changed that day; and
 * the subject's title in the reader's language.
 */
final class ChangeLinks {

  private final Language language;
  private final Map<BriefSubject, String> titles = new HashMap<>();

  ChangeLinks(Language language, List<BriefListing> catalog) {
    this.language = language;
    catalog.forEach(listing -> titles.put(listing.subject(), listing.titles().get(language)));
  }

  /** The subject's title now; its name in the lists when it has no brief any more. */
  String title(BriefSubject subject) {
    return titles.getOrDefault(subject, BriefPaths.name(subject));
  }

  String brief(BriefSubject subject, ChangeSet set) {
    return BriefPaths.of(subject, language, day(set), BriefFormat.PDF);
  }

  String changes(BriefSubject subject, ChangeSet set) {
    return BriefPaths.changes(subject, language, day(set), day(set), BriefFormat.PDF);
  }

  private static LocalDate day(ChangeSet set) {
    return LocalDate.ofInstant(set.publishedAt(), ZoneOffset.UTC);
  }
}
