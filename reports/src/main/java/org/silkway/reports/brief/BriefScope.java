package org.silkway.reports.brief;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.silkway.core.actor.Actor;
import org.silkway.core.claim.Claim;
import org.silkway.core.corridor.Corridor;
import org.silkway.core.country.Country;
import org.silkway.core.country.CountryRole;
import org.silkway.core.document.Document;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryType;
import org.silkway.core.event.Event;
import org.silkway.core.history.ProjectOutline;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.indicator.Indicator;
import org.silkway.core.mechanism.Mechanism;
import org.silkway.core.organization.Organization;
import org.silkway.core.project.Project;
import org.silkway.core.sector.Sector;
import org.silkway.reports.brief.model.BriefKind;
import org.silkway.reports.brief.model.BriefSubject;

/**
 * What concerns a brief's subject (docs/brief-coverage.md has the rule): for a country or a sector,
 * the entries that belong to it, that is whose claims place them there (a project's country or
 * sector, an event's participants or place, a document's parties, an organization's members, a
 * corridor's countries along the route, an indicator's country), documents signed at or produced by
 * its events, corridors its projects are part of; for the framework, everything but the framework
 * countries, which have briefs of their own. Sections and the differences are drawn only from these
 * entries, and every published claim of every entry in scope is printed. Claims of other entries
 * that name the subject ({@link #namedBy()}: China's visa-free arrangement with Kazakhstan,
 * Kazakhstan's border with China) are printed too, each with the entry it is on.
 *
 * <p>Every project in scope is counted ({@link #projectsInScope()}, read as outlines), but a brief
 * prints at most {@link #LISTED_PROJECTS} of them whole ({@link #projects()}): above that it lists
 * those whose latest stage was reached most recently, and says where the full list is.
 */
record BriefScope(
    BriefSubject subject,
    Optional<Entry> entry,
    List<Mechanism> mechanisms,
    List<Organization> organizations,
    List<Event> events,
    List<Document> documents,
    List<Project> projects,
    ProjectTally projectsInScope,
    List<Indicator> indicators,
    List<Actor> actors,
    List<Corridor> corridors,
    List<Country> powers,
    List<Sector> sectors,
    List<Claim> namedBy) {

  /** The framework countries: they have briefs of their own; other countries are "powers". */
  static final Set<CountryRole> FRAMEWORK_ROLES =
      Set.of(CountryRole.CHINA, CountryRole.CENTRAL_ASIAN_STATE);

  /**
   * The properties that place an entry in a country's or a sector's brief when their value is that
   * country or sector.
   */
  static final Set<String> PLACING =
      Set.of(
          "sector",
          "country",
          "located-in",
          "participant",
          "party",
          "member",
          "member-country",
          "agenda");

  private static final String SECTOR_PREFIX = "sector/";

  /**
   * The most projects a brief prints whole: about thirty pages of table and details. A country
   * named by thirty thousand projects would otherwise be a brief of twelve thousand pages that
   * takes minutes to make and nobody reads.
   */
  static final int LISTED_PROJECTS = 100;

  /** Whether the brief lists only some of the projects in scope. */
  boolean listsSomeProjects() {
    return projects.size() < projectsInScope.size();
  }

  /** Every entry in scope, for the differences: the subject's own claims first. */
  List<Entry> all() {
    Set<Entry> all = new LinkedHashSet<>();
    entry.ifPresent(all::add);
    Stream.of(
            mechanisms,
            organizations,
            events,
            documents,
            projects,
            indicators,
            actors,
            corridors,
            powers,
            sectors)
        .forEach(all::addAll);
    return List.copyOf(all);
  }

  static Optional<BriefScope> of(PublishedRegister register, BriefSubject subject) {
    return switch (subject.kind()) {
      case COUNTRY ->
          subjectEntry(register, subject).map(c -> ofCountry(register, subject, (Country) c));
      case SECTOR ->
          subjectEntry(register, subject).map(s -> ofSector(register, subject, (Sector) s));
      case FRAMEWORK ->
          BriefSubject.FRAMEWORK_ID.equals(subject.id())
              ? Optional.of(ofFramework(register, subject))
              : Optional.empty();
    };
  }

  /**
   * The entry a country's or a sector's brief is about, found without reading what concerns it
   * (what a listing needs for its title); empty for the framework and for a subject the register
   * does not have.
   */
  static Optional<Entry> subjectEntry(PublishedRegister register, BriefSubject subject) {
    return switch (subject.kind()) {
      case COUNTRY -> countryEntry(register, subject.id()).map(Entry.class::cast);
      case SECTOR -> register.entry(SECTOR_PREFIX + subject.id()).filter(Sector.class::isInstance);
      case FRAMEWORK -> Optional.empty();
    };
  }

  /** Every brief the register can print, countries first, then sectors, then the framework. */
  static List<BriefSubject> available(PublishedRegister register) {
    Stream<BriefSubject> countries =
        register.ofType(EntryType.COUNTRY).stream()
            .map(Country.class::cast)
            .filter(c -> FRAMEWORK_ROLES.contains(c.role()))
            .map(c -> BriefSubject.country(c.code().value()));
    Stream<BriefSubject> sectors =
        register.ofType(EntryType.SECTOR).stream()
            .map(s -> BriefSubject.sector(s.key().substring(SECTOR_PREFIX.length())));
    return Stream.of(countries, sectors, Stream.of(BriefSubject.framework()))
        .flatMap(s -> s)
        .toList();
  }

  private static Optional<Country> countryEntry(PublishedRegister register, String code) {
    return register.ofType(EntryType.COUNTRY).stream()
        .map(Country.class::cast)
        .filter(c -> FRAMEWORK_ROLES.contains(c.role()))
        .filter(c -> c.code().value().equals(code))
        .findFirst();
  }

  private static BriefScope ofCountry(
      PublishedRegister register, BriefSubject subject, Country country) {
    Set<Entry> referrers = register.referrersBesidesProjectsPlacedIn(country, PLACING);
    List<Event> events = placedIn(referrers, country, Event.class);
    List<Document> documents = documentsOf(register, referrers, events, country);
    ProjectTally outlines = outlines(register, Optional.of(country), Set.of(Project.STAGE));
    BriefScope scope =
        new BriefScope(
            subject,
            Optional.of(country),
            placedIn(referrers, country, Mechanism.class),
            placedIn(referrers, country, Organization.class),
            events,
            documents,
            listed(register, outlines),
            outlines,
            placedIn(referrers, country, Indicator.class),
            placedIn(referrers, country, Actor.class),
            corridors(register, referrers, country, List.of()),
            List.of(),
            List.of(),
            List.of());
    return scope.withNamedBy(referrers);
  }

  private static BriefScope ofSector(
      PublishedRegister register, BriefSubject subject, Sector sector) {
    Set<Entry> referrers = register.referrersBesidesProjectsPlacedIn(sector, PLACING);
    List<Event> events = placedIn(referrers, sector, Event.class);
    ProjectTally outlines =
        outlines(register, Optional.of(sector), Set.of(Project.STAGE, "corridor"));
    BriefScope scope =
        new BriefScope(
            subject,
            Optional.of(sector),
            placedIn(referrers, sector, Mechanism.class),
            placedIn(referrers, sector, Organization.class),
            events,
            documentsOf(register, referrers, events, sector),
            listed(register, outlines),
            outlines,
            placedIn(referrers, sector, Indicator.class),
            placedIn(referrers, sector, Actor.class),
            corridors(register, referrers, sector, outlines.outlines()),
            List.of(),
            List.of(),
            List.of());
    return scope.withNamedBy(referrers);
  }

  private static BriefScope ofFramework(PublishedRegister register, BriefSubject subject) {
    ProjectTally outlines = outlines(register, Optional.empty(), Set.of(Project.STAGE, "sector"));
    return new BriefScope(
        subject,
        Optional.empty(),
        all(register, EntryType.MECHANISM, Mechanism.class),
        all(register, EntryType.ORGANIZATION, Organization.class),
        all(register, EntryType.EVENT, Event.class),
        all(register, EntryType.DOCUMENT, Document.class),
        listed(register, outlines),
        outlines,
        all(register, EntryType.INDICATOR, Indicator.class),
        all(register, EntryType.ACTOR, Actor.class),
        all(register, EntryType.CORRIDOR, Corridor.class),
        all(register, EntryType.COUNTRY, Country.class).stream()
            .filter(c -> !FRAMEWORK_ROLES.contains(c.role()))
            .toList(),
        all(register, EntryType.SECTOR, Sector.class),
        List.of());
  }

  /**
   * The same scope with the claims of published entries outside it whose value is the subject, in
   * key order of their entries: they are printed with the entry they are on.
   */
  private BriefScope withNamedBy(Set<Entry> referrers) {
    Entry target = entry.orElseThrow();
    Set<Entry> inScope = new java.util.HashSet<>(all());
    List<Claim> named = new ArrayList<>();
    // The projects placed in the subject are in scope, listed or not, and not among the referrers.
    for (Entry referrer : referrers) {
      if (inScope.contains(referrer)) {
        continue;
      }
      for (Claim claim : PublishedRegister.claimsOf(referrer)) {
        if (claim.value().entry() != null && claim.value().entry().key().equals(target.key())) {
          named.add(claim);
        }
      }
    }
    return new BriefScope(
        subject,
        entry,
        mechanisms,
        organizations,
        events,
        documents,
        projects,
        projectsInScope,
        indicators,
        actors,
        corridors,
        powers,
        sectors,
        named);
  }

  /**
   * Documents placed in the subject (its parties, its sector), signed at or produced by its events.
   */
  private static List<Document> documentsOf(
      PublishedRegister register, Set<Entry> referrers, List<Event> events, Entry subject) {
    Set<Document> documents = new LinkedHashSet<>(placedIn(referrers, subject, Document.class));
    for (Event event : events) {
      documents.addAll(signedAt(register, event));
      for (Claim outcome : event.claimsAbout("outcome")) {
        if (outcome.value().entry() instanceof Document document
            && register.isPublished(document)) {
          documents.add(document);
        }
      }
    }
    return List.copyOf(documents);
  }

  /** The corridors placed in the subject, and those its projects (listed or not) are part of. */
  private static List<Corridor> corridors(
      PublishedRegister register,
      Set<Entry> referrers,
      Entry subject,
      List<ProjectOutline> projects) {
    Set<Corridor> corridors = new LinkedHashSet<>(placedIn(referrers, subject, Corridor.class));
    for (ProjectOutline project : projects) {
      for (ProjectOutline.Stated corridor : project.claimsAbout("corridor")) {
        register
            .entry(corridor.entryKey())
            .filter(Corridor.class::isInstance)
            .ifPresent(c -> corridors.add((Corridor) c));
      }
    }
    return List.copyOf(corridors);
  }

  /** The published entries of a type that a {@link #PLACING} claim places in the target. */
  private static <T extends Entry> List<T> placedIn(
      Set<Entry> referrers, Entry target, Class<T> type) {
    return referrers.stream()
        .filter(type::isInstance)
        .filter(e -> PublishedRegister.isPlacedIn(e, target, PLACING))
        .map(type::cast)
        .sorted(java.util.Comparator.comparing(Entry::key))
        .toList();
  }

  private static List<Document> signedAt(PublishedRegister register, Event event) {
    return register.referrersOf(event).stream()
        .filter(Document.class::isInstance)
        .map(Document.class::cast)
        .filter(
            d ->
                d.claimsAbout("signed-at").stream()
                    .anyMatch(c -> c.value().entry().key().equals(event.key())))
        .sorted(java.util.Comparator.comparing(Entry::key))
        .toList();
  }

  /**
   * Every project the subject's claims place in it (every project, for the framework), with the
   * claims the brief counts them by (stage; sector in the framework's chart) or follows from them
   * (the corridors of a sector's projects).
   */
  private static ProjectTally outlines(
      PublishedRegister register, Optional<Entry> subject, Set<String> properties) {
    return new ProjectTally(register.projectsPlacedIn(subject, PLACING, properties));
  }

  /**
   * The projects a brief prints: all of them up to {@link #LISTED_PROJECTS}, else that many whose
   * latest stage was reached most recently (the others have none yet), loaded whole.
   */
  private static List<Project> listed(PublishedRegister register, ProjectTally outlines) {
    List<String> keys =
        outlines.size() <= LISTED_PROJECTS
            ? outlines.keys()
            : outlines.mostRecentlyAdvanced(LISTED_PROJECTS);
    return register.entries(keys).stream().map(Project.class::cast).toList();
  }

  /** Every published entry of a type, read by type: the framework brief never reads them all. */
  private static <T extends Entry> List<T> all(
      PublishedRegister register, EntryType type, Class<T> entries) {
    return register.entriesOf(type).stream().map(entries::cast).toList();
  }

  boolean is(BriefKind kind) {
    return subject.kind() == kind;
  }
}
