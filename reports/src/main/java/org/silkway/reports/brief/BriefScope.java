package org.silkway.reports.brief;

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
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.indicator.Indicator;
import org.silkway.core.mechanism.Mechanism;
import org.silkway.core.organization.Organization;
import org.silkway.core.project.Project;
import org.silkway.core.sector.Sector;
import org.silkway.reports.brief.model.BriefKind;
import org.silkway.reports.brief.model.BriefSubject;

/**
 * What concerns a brief's subject: for a country, the projects in it, the events it took part in or
 * hosted, the documents signed there or by it, its indicators, its officials, the corridors through
 * it; for a sector, what is tagged with it; for the framework, everything. Sections and the
 * differences are drawn only from these entries, so a brief says nothing about what is not its
 * subject.
 */
record BriefScope(
    BriefSubject subject,
    Optional<Entry> entry,
    List<Mechanism> mechanisms,
    List<Organization> organizations,
    List<Event> events,
    List<Document> documents,
    List<Project> projects,
    List<Indicator> indicators,
    List<Actor> actors,
    List<Corridor> corridors,
    List<Country> powers,
    List<Sector> sectors) {

  /** The framework countries: they have briefs of their own; other countries are "powers". */
  static final Set<CountryRole> FRAMEWORK_ROLES =
      Set.of(CountryRole.CHINA, CountryRole.CENTRAL_ASIAN_STATE);

  private static final String SECTOR_PREFIX = "sector/";

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
          countryEntry(register, subject.id()).map(c -> ofCountry(register, subject, c));
      case SECTOR ->
          register
              .entry(SECTOR_PREFIX + subject.id())
              .filter(Sector.class::isInstance)
              .map(s -> ofSector(register, subject, (Sector) s));
      case FRAMEWORK ->
          BriefSubject.FRAMEWORK_ID.equals(subject.id())
              ? Optional.of(ofFramework(register, subject))
              : Optional.empty();
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
    List<Event> events = referring(register, country, Event.class, "participant", "located-in");
    List<Document> documents = documentsOf(register, events, country);
    return new BriefScope(
        subject,
        Optional.of(country),
        List.of(),
        referring(register, country, Organization.class, "member"),
        events,
        documents,
        referring(register, country, Project.class, "country", "located-in"),
        referring(register, country, Indicator.class, "country"),
        referring(register, country, Actor.class, "affiliation"),
        referring(register, country, Corridor.class, "member-country"),
        List.of(),
        List.of());
  }

  private static BriefScope ofSector(
      PublishedRegister register, BriefSubject subject, Sector sector) {
    List<Event> events = referring(register, sector, Event.class, "sector", "agenda");
    List<Project> projects = referring(register, sector, Project.class, "sector");
    return new BriefScope(
        subject,
        Optional.of(sector),
        referring(register, sector, Mechanism.class, "sector"),
        referring(register, sector, Organization.class, "sector"),
        events,
        referring(register, sector, Document.class, "sector"),
        projects,
        List.of(),
        List.of(),
        corridorsOf(register, projects),
        List.of(),
        List.of());
  }

  private static BriefScope ofFramework(PublishedRegister register, BriefSubject subject) {
    return new BriefScope(
        subject,
        Optional.empty(),
        all(register, Mechanism.class),
        all(register, Organization.class),
        all(register, Event.class),
        all(register, Document.class),
        all(register, Project.class),
        all(register, Indicator.class),
        all(register, Actor.class),
        all(register, Corridor.class),
        all(register, Country.class).stream()
            .filter(c -> !FRAMEWORK_ROLES.contains(c.role()))
            .toList(),
        all(register, Sector.class));
  }

  /** Documents signed at the country's events, by it, or produced by its events. */
  private static List<Document> documentsOf(
      PublishedRegister register, List<Event> events, Country country) {
    Set<Document> documents =
        new LinkedHashSet<>(referring(register, country, Document.class, "party"));
    for (Event event : events) {
      documents.addAll(referring(register, event, Document.class, "signed-at"));
      for (Claim outcome : event.claimsAbout("outcome")) {
        if (outcome.value().entry() instanceof Document document
            && register.isPublished(document)) {
          documents.add(document);
        }
      }
    }
    return List.copyOf(documents);
  }

  /** The corridors the projects are part of. */
  private static List<Corridor> corridorsOf(PublishedRegister register, List<Project> projects) {
    Set<Corridor> corridors = new LinkedHashSet<>();
    for (Project project : projects) {
      for (Claim claim : project.claimsAbout("corridor")) {
        if (claim.value().entry() instanceof Corridor corridor && register.isPublished(corridor)) {
          corridors.add(corridor);
        }
      }
    }
    return List.copyOf(corridors);
  }

  /** The published entries of a type with a claim about one of the properties naming the target. */
  private static <T extends Entry> List<T> referring(
      PublishedRegister register, Entry target, Class<T> type, String... properties) {
    Set<String> wanted = Set.of(properties);
    return register.referrersOf(target).stream()
        .filter(type::isInstance)
        .filter(
            e ->
                e.claims().stream()
                    .anyMatch(
                        c ->
                            wanted.contains(c.property())
                                && c.value().entry() != null
                                && c.value().entry().key().equals(target.key())))
        .map(type::cast)
        .sorted(java.util.Comparator.comparing(Entry::key))
        .toList();
  }

  private static <T extends Entry> List<T> all(PublishedRegister register, Class<T> type) {
    return register.entries().stream().filter(type::isInstance).map(type::cast).toList();
  }

  boolean is(BriefKind kind) {
    return subject.kind() == kind;
  }
}
