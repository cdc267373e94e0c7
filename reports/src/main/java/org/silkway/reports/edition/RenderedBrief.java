package org.silkway.reports.edition;

import java.time.Instant;
import java.time.LocalDate;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.template.BriefFormat;

/**
 * One edition of a brief, rendered: its file (PDF or DOCX) and what a download needs to name, date,
 * type and cache it.
 *
 * @param registerAsOf when the revision the brief shows was committed
 * @param asOfDay the day the reader asked for; null for the current register
 */
public record RenderedBrief(
    BriefSubject subject,
    Language language,
    String editionId,
    String title,
    Instant registerAsOf,
    LocalDate asOfDay,
    BriefFormat format,
    byte[] bytes) {

  /** {@code silkway-country-kz-en-a3k9x2m7pq.pdf}: subject, language, edition and format. */
  public String fileName() {
    return "silkway-"
        + subject.kind().name().toLowerCase()
        + "-"
        + subject.id().toLowerCase()
        + "-"
        + language.tag()
        + "-"
        + editionId
        + "."
        + format.extension();
  }
}
