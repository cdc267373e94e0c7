package org.silkway.web.api.changes;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.web.api.Problem;
import org.silkway.web.api.brief.AsOfDay;
import org.silkway.web.api.brief.BriefPaths;

/**
 * What a reader asks the lists of changes for: {@code since} and {@code until} (days, UTC, both
 * included; {@code until} defaults to today and {@code since} to 30 days before it), {@code
 * subject} ({@code countries/KZ}, {@code sectors/transport}, {@code framework}; all when absent)
 * and {@code lang}. The JSON list and the Atom feed take the same parameters through here.
 */
record ChangesQuery(
    LocalDate since, LocalDate until, Optional<BriefSubject> subject, Language language) {

  /** How far back the lists look when {@code since} is not given. */
  static final int DEFAULT_DAYS = 30;

  /** From the start of {@code since}, UTC. */
  Instant from() {
    return since.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** To the end of {@code until}, UTC (excluded). */
  Instant to() {
    return until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /**
   * @throws Refused with the problem to answer when a parameter is wrong
   */
  static ChangesQuery of(MultivaluedMap<String, String> parameters, Clock clock) {
    try {
      LocalDate today = AsOfDay.today(clock);
      LocalDate until = AsOfDay.parse("until", single(parameters, "until"), clock).orElse(today);
      LocalDate since =
          AsOfDay.parse("since", single(parameters, "since"), clock)
              .orElse(until.minusDays(DEFAULT_DAYS));
      if (until.isBefore(since)) {
        throw new Refused(
            "Days in the wrong order", "until " + until + " is before since " + since + ".");
      }
      return new ChangesQuery(since, until, subject(parameters), language(parameters));
    } catch (AsOfDay.Invalid invalid) {
      throw new Refused("Invalid day", invalid.getMessage());
    }
  }

  private static Optional<BriefSubject> subject(MultivaluedMap<String, String> parameters) {
    String raw = single(parameters, "subject");
    if (raw == null) {
      return Optional.empty();
    }
    return Optional.of(
        BriefPaths.subjectNamed(raw)
            .orElseThrow(
                () ->
                    new Refused(
                        "Unknown subject",
                        "subject is countries/XX (a country's ISO code in capitals),"
                            + " sectors/{key} or framework; "
                            + Problem.quote(raw)
                            + " is none of these.")));
  }

  private static Language language(MultivaluedMap<String, String> parameters) {
    String raw = single(parameters, "lang");
    if (raw == null) {
      return Language.EN;
    }
    return Language.fromTag(raw)
        .orElseThrow(
            () ->
                new Refused(
                    "Unsupported language",
                    "Changes are worded in "
                        + Language.supportedTags()
                        + "; lang="
                        + Problem.quote(raw)
                        + " is not one."));
  }

  private static String single(MultivaluedMap<String, String> parameters, String name) {
    List<String> values = parameters.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw new Refused("Repeated parameter", "Give " + name + " once.");
    }
    return values.get(0);
  }

  /** A request the lists cannot answer, with what to do about it. */
  static final class Refused extends RuntimeException {

    private final String title;

    Refused(String title, String detail) {
      super(detail, null, false, false);
      this.title = title;
    }

    Response problem() {
      return Problem.of(Response.Status.BAD_REQUEST, title, getMessage());
    }
  }
}
