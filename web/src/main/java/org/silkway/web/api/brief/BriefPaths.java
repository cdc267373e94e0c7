package org.silkway.web.api.brief;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.template.BriefFormat;

/**
 * Where a brief is downloaded, relative to the context root: {@code
 * /api/briefs/countries/KZ.pdf?lang=en}, or {@code .docx} for the Word document. The index and the
 * briefs page both link with it, so the address a reader follows is the one {@link BriefResource}
 * serves.
 */
public final class BriefPaths {

  private static final Pattern COUNTRY = Pattern.compile("countries/([A-Z]{2})");
  private static final Pattern SECTOR = Pattern.compile("sectors/([a-z0-9-]{1,60})");

  private BriefPaths() {}

  /**
   * @param asOfDay the day asked for, or null for the current register
   */
  public static String of(
      BriefSubject subject, Language language, LocalDate asOfDay, BriefFormat format) {
    return "/api/briefs/"
        + file(subject, "", format)
        + "?lang="
        + language.tag()
        + (asOfDay == null ? "" : "&asOf=" + asOfDay);
  }

  /**
   * Where what changed in a subject is downloaded: {@code
   * /api/briefs/countries/KZ/changes.pdf?lang=en&since=2026-12-01}.
   *
   * @param until the last day, or null for up to now
   */
  public static String changes(
      BriefSubject subject,
      Language language,
      LocalDate since,
      LocalDate until,
      BriefFormat format) {
    return "/api/briefs/"
        + file(subject, "/changes", format)
        + "?lang="
        + language.tag()
        + "&since="
        + since
        + (until == null ? "" : "&until=" + until);
  }

  /**
   * The subject as the lists of changes name it and take it back: {@code countries/KZ}, {@code
   * sectors/transport}, {@code framework}.
   */
  public static String name(BriefSubject subject) {
    return switch (subject.kind()) {
      case COUNTRY -> "countries/" + subject.id();
      case SECTOR -> "sectors/" + subject.id();
      case FRAMEWORK -> BriefSubject.FRAMEWORK_ID;
    };
  }

  /** The subject a {@link #name} names; empty when the text is not such a name. */
  public static Optional<BriefSubject> subjectNamed(String name) {
    if (BriefSubject.FRAMEWORK_ID.equals(name)) {
      return Optional.of(BriefSubject.framework());
    }
    Matcher country = COUNTRY.matcher(name);
    if (country.matches()) {
      return Optional.of(BriefSubject.country(country.group(1)));
    }
    Matcher sector = SECTOR.matcher(name);
    return sector.matches() ? Optional.of(BriefSubject.sector(sector.group(1))) : Optional.empty();
  }

  private static String file(BriefSubject subject, String suffix, BriefFormat format) {
    return name(subject) + suffix + "." + format.extension();
  }
}
