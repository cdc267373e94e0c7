package org.silkway.web.briefs;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.history.RegisterRevision;
import org.silkway.core.i18n.Formats;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.Vocabulary;
import org.silkway.reports.brief.BriefListing;
import org.silkway.reports.brief.BriefService;
import org.silkway.reports.brief.model.BriefKind;
import org.silkway.reports.template.BriefFormat;
import org.silkway.web.api.brief.AsOfDay;
import org.silkway.web.api.brief.BriefPaths;

/**
 * Backs {@code briefs.xhtml}: every brief by kind, how current the register is, and the day the
 * reader chose with the page's GET form ({@code ?asOf=2025-06-18}), which every link then carries.
 * A value that is not such a day is said on the page, and the links stay current.
 */
@Named
@RequestScoped
public class BriefsPage {

  private static final Vocabulary WORDS = Vocabulary.of(Language.EN);

  @Inject BriefService briefs;
  @Inject RegisterHistory history;

  private final Clock clock = Clock.systemUTC();

  private ChosenDay asOf = new ChosenDay(null, null);
  private ChosenDay since = new ChosenDay(null, null);
  private Optional<LocalDate> firstDay = Optional.empty();
  private String registerAsOf;
  private List<BriefGroup> groups;

  @PostConstruct
  void read() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    firstDay = history.first().map(first -> LocalDate.ofInstant(first.revisedAt(), ZoneOffset.UTC));
    asOf = ChosenDay.of("asOf", parameters.get("asOf"), firstDay, clock);
    since = ChosenDay.of("since", parameters.get("since"), firstDay, clock);
    Optional<RegisterRevision> latest = briefs.latestRevision();
    registerAsOf =
        latest
            .map(
                revision ->
                    WORDS.word(
                        "page.briefs.registerAsOf",
                        Formats.of(Language.EN)
                            .date(LocalDate.ofInstant(revision.revisedAt(), ZoneOffset.UTC)),
                        revision.number()))
            .orElse(WORDS.word("page.briefs.registerEmpty"));
    groups = latest.isPresent() ? groups(briefs.catalog()) : List.of();
  }

  private List<BriefGroup> groups(List<BriefListing> catalog) {
    Map<BriefKind, List<BriefRow>> byKind = new EnumMap<>(BriefKind.class);
    for (BriefListing listing : catalog) {
      byKind.computeIfAbsent(listing.subject().kind(), kind -> new ArrayList<>()).add(row(listing));
    }
    List<BriefGroup> result = new ArrayList<>();
    byKind.forEach(
        (kind, rows) -> {
          String name = kind.name().toLowerCase(Locale.ROOT);
          String heading =
              WORDS.word(
                  switch (kind) {
                    case COUNTRY -> "page.briefs.countries";
                    case SECTOR -> "page.briefs.sectors";
                    case FRAMEWORK -> "page.briefs.framework";
                  });
          result.add(new BriefGroup(name, heading, rows));
        });
    return result;
  }

  private BriefRow row(BriefListing listing) {
    return new BriefRow(
        listing.subject().id(),
        listing.titles().get(Language.EN),
        listing.titles().get(Language.RU),
        listing.titles().get(Language.ZH),
        links(listing, BriefFormat.PDF),
        links(listing, BriefFormat.DOCX),
        changes(listing, BriefFormat.PDF),
        changes(listing, BriefFormat.DOCX));
  }

  /** The brief in each language, as of the chosen day (or current). */
  private List<BriefLink> links(BriefListing listing, BriefFormat format) {
    return eachLanguage(
        format, language -> BriefPaths.of(listing.subject(), language, asOf.day(), format));
  }

  /** What changed since the chosen day, in each language; none when no day was chosen. */
  private List<BriefLink> changes(BriefListing listing, BriefFormat format) {
    if (since.day() == null) {
      return List.of();
    }
    return eachLanguage(
        format,
        language -> BriefPaths.changes(listing.subject(), language, since.day(), null, format));
  }

  private static List<BriefLink> eachLanguage(BriefFormat format, Function<Language, String> href) {
    List<BriefLink> links = new ArrayList<>();
    for (Language language : Language.values()) {
      links.add(
          new BriefLink(
              language.tag(),
              WORDS.languageName(language),
              href.apply(language),
              format.mediaType()));
    }
    return links;
  }

  /** A word of the page, in English: {@code #{briefsPage.word('page.briefs.title')}}. */
  public String word(String key) {
    return WORDS.word(key);
  }

  /** The chosen day as the date field shows it, or empty. */
  public String getAsOf() {
    return asOf.field();
  }

  /** The day the register's history starts, the first day the date fields offer; or empty. */
  public String getFirstDay() {
    return firstDay.map(LocalDate::toString).orElse("");
  }

  /** Today in UTC, the last day the date fields offer. */
  public String getToday() {
    return AsOfDay.today(clock).toString();
  }

  /** What the page says about the chosen day: which day the links give, or why none. */
  public String getAsOfMessage() {
    return asOf.message();
  }

  /** Whether the reader asked for something that is not a day the page could use. */
  public boolean isAsOfRefused() {
    return asOf.refused();
  }

  /** The first day of the changes the reader chose, as the date field shows it, or empty. */
  public String getSince() {
    return since.field();
  }

  /** What the page says about the changes' first day: from when, or why not. */
  public String getSinceMessage() {
    return since.message();
  }

  public boolean isSinceRefused() {
    return since.refused();
  }

  /** Whether the rows carry links to what changed (a usable day was chosen). */
  public boolean isShowingChanges() {
    return since.day() != null;
  }

  /** "Register as of 23 November 2026, revision 12". */
  public String getRegisterAsOf() {
    return registerAsOf;
  }

  public List<BriefGroup> getGroups() {
    return groups;
  }
}
