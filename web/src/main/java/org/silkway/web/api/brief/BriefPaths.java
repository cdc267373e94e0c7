package org.silkway.web.api.brief;

import java.time.LocalDate;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.model.BriefSubject;

/**
 * Where a brief is downloaded, relative to the context root: {@code
 * /api/briefs/countries/KZ.pdf?lang=en}. The index and the briefs page both link with it, so the
 * address a reader follows is the one {@link BriefResource} serves.
 */
public final class BriefPaths {

  private BriefPaths() {}

  /**
   * @param asOfDay the day asked for, or null for the current register
   */
  public static String of(BriefSubject subject, Language language, LocalDate asOfDay) {
    String path =
        switch (subject.kind()) {
          case COUNTRY -> "/api/briefs/countries/" + subject.id() + ".pdf";
          case SECTOR -> "/api/briefs/sectors/" + subject.id() + ".pdf";
          case FRAMEWORK -> "/api/briefs/framework.pdf";
        };
    return path + "?lang=" + language.tag() + (asOfDay == null ? "" : "&asOf=" + asOfDay);
  }
}
