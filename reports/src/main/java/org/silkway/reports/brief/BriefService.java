package org.silkway.reports.brief;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.silkway.core.history.CurrentRevision;
import org.silkway.core.history.PublishedRegister;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.history.RegisterRevision;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.edition.EditionCache;
import org.silkway.reports.edition.EditionId;
import org.silkway.reports.edition.RenderedBrief;
import org.silkway.reports.edition.TemplateVersion;
import org.silkway.reports.template.BriefFormat;
import org.silkway.reports.template.BriefRenderer;

/**
 * Briefs as readers ask for them: the current edition, or the edition as of the end of a past day
 * (UTC), rendered once per edition and then served from memory. An edition is fixed by what it
 * shows, so the same request gives the same bytes until a publishing act moves the published
 * revision; an editor saving a draft moves nothing.
 *
 * <p>The current edition is found from the revision held in memory ({@link CurrentRevision}), so a
 * brief already rendered is served with no database access and no lock.
 */
@ApplicationScoped
public class BriefService {

  private RegisterHistory history;
  private CurrentRevision current;
  private BriefRenderer renderer;
  private EditionCache cache;

  /** The last catalog built, reused while the register stays at its revision. */
  private volatile Catalog catalog;

  /**
   * How often each current brief was served since start: what to render first after a publish.
   * Counted only for briefs that exist, so it holds at most subjects × languages entries.
   */
  private final Map<Wanted, LongAdder> reads = new ConcurrentHashMap<>();

  private final LongAdder renders = new LongAdder();

  protected BriefService() {}

  @Inject
  public BriefService(
      RegisterHistory history,
      CurrentRevision current,
      BriefRenderer renderer,
      @ConfigProperty(name = "silkway.briefs.cache-bytes", defaultValue = "67108864")
          long cacheBytes) {
    this.history = history;
    this.current = current;
    this.renderer = renderer;
    this.cache = new EditionCache(cacheBytes);
  }

  /** For use outside a container (tools, tests): the revision is read from the database. */
  public BriefService(RegisterHistory history, BriefRenderer renderer, long cacheBytes) {
    this(history, CurrentRevision.askingEachTime(history::latest), renderer, cacheBytes);
  }

  /**
   * @param asOfDay the day whose end the brief shows; null for the current register
   * @throws BriefNotFoundException when the register has no such subject (then or now)
   * @throws BeforeHistoryException when the day is before the register's first revision
   */
  public RenderedBrief render(
      BriefSubject subject, Language language, LocalDate asOfDay, BriefFormat format) {
    Wanted wanted = new Wanted(subject, language, format);
    if (asOfDay == null) {
      RenderedBrief brief = renderCurrent(wanted);
      reads.computeIfAbsent(wanted, read -> new LongAdder()).increment();
      return brief;
    }
    RegisterRevision revision = revisionFor(asOfDay);
    return cache.get(
        editionOf(wanted, revision, asOfDay),
        id -> renderAt(wanted, Optional.of(revision), asOfDay));
  }

  /**
   * The current edition: its id comes from the revision held in memory, so a hit reads nothing from
   * the database.
   */
  private RenderedBrief renderCurrent(Wanted wanted) {
    RegisterRevision revision =
        current.get().orElseThrow(() -> new BriefNotFoundException("The register is empty."));
    return cache.get(
        editionOf(wanted, revision, null), id -> renderAt(wanted, Optional.empty(), null));
  }

  /**
   * The id of the current edition of a brief, without rendering it; empty when the current register
   * has no such brief. Reads the database only when the catalog is of an older revision.
   */
  public Optional<String> currentEdition(
      BriefSubject subject, Language language, BriefFormat format) {
    return catalog().stream()
        .filter(listing -> listing.subject().equals(subject))
        .findFirst()
        .map(listing -> listing.editionId(format, language));
  }

  /**
   * An edition by its id alone: one in memory, or a current edition (rendered if need be). An
   * evicted edition of a past day is not found here: its id cannot be turned back into the day.
   */
  public Optional<RenderedBrief> edition(String editionId) {
    Optional<RenderedBrief> cached = cache.find(editionId);
    if (cached.isPresent()) {
      return cached;
    }
    for (BriefListing listing : catalog()) {
      for (BriefFormat format : BriefFormat.values()) {
        for (Language language : Language.values()) {
          if (listing.editionId(format, language).equals(editionId)) {
            RenderedBrief brief = render(listing.subject(), language, null, format);
            return brief.editionId().equals(editionId) ? Optional.of(brief) : Optional.empty();
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The current briefs read most since start, most read first: what to render after a publish. */
  public List<Wanted> mostRead(int limit) {
    return reads.entrySet().stream()
        .sorted(
            Comparator.comparingLong((Map.Entry<Wanted, LongAdder> read) -> read.getValue().sum())
                .reversed())
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** How many files this service has rendered since start: a hit or a 304 renders none. */
  public long renders() {
    return renders.sum();
  }

  /** Renders the current edition ahead of readers, without counting it as read. */
  public void renderAhead(Wanted wanted) {
    renderCurrent(wanted);
  }

  /** One brief a reader asks for: a subject in a language and format. */
  public record Wanted(BriefSubject subject, Language language, BriefFormat format) {}

  /**
   * Assembles and renders. Assembled in one transaction; rendered after it, so no connection waits
   * on the export. The current register may have moved on since its id was computed: the brief
   * names the revision it read (and {@link EditionCache#get} files it under that).
   */
  private RenderedBrief renderAt(
      Wanted wanted, Optional<RegisterRevision> past, LocalDate asOfDay) {
    Assembled assembled =
        history.read(
            past,
            register ->
                new Assembled(
                    register.revision(),
                    BriefAssembler.assemble(
                            register,
                            wanted.subject(),
                            wanted.language(),
                            editionOf(wanted, register.revision(), asOfDay),
                            asOfDay)
                        .orElseThrow(() -> notFound(wanted.subject(), register))));
    if (past.isEmpty()) {
      current.advanceTo(assembled.revision());
    }
    Brief brief = assembled.brief();
    renders.increment();
    return new RenderedBrief(
        wanted.subject(),
        wanted.language(),
        brief.editionId(),
        brief.title(),
        assembled.revision().revisedAt(),
        asOfDay,
        wanted.format(),
        renderer.render(brief, wanted.format()));
  }

  /**
   * What was published about a subject from the start of {@code since} to the end of {@code until}
   * (UTC days), as a file of its own: one edition per pair of revisions compared and days printed,
   * the same bytes every time.
   *
   * @param until the last day, or null for up to now (today is then printed as the last day)
   * @throws BeforeHistoryException when {@code since} is before the register's first publication
   * @throws BriefNotFoundException when the register has no such subject, then or now
   */
  public RenderedBrief renderChanges(
      BriefSubject subject,
      Language language,
      LocalDate since,
      LocalDate until,
      LocalDate today,
      BriefFormat format) {
    Optional<RegisterRevision> from = revisionBefore(since);
    Optional<RegisterRevision> to =
        until == null ? Optional.empty() : Optional.of(revisionFor(until));
    RegisterRevision last =
        to.or(current::get).orElseThrow(() -> new BriefNotFoundException("The register is empty."));
    ChangesAsked asked =
        new ChangesAsked(subject, language, from, since, until != null ? until : today, format);
    return cache.get(
        asked.edition(last.number()), id -> renderChangesAt(asked, to, last.revisedAt()));
  }

  private RenderedBrief renderChangesAt(
      ChangesAsked asked, Optional<RegisterRevision> to, Instant registerAsOf) {
    Brief brief =
        history.compare(
            asked.from(),
            to,
            (before, after) ->
                ChangesAssembler.assemble(
                        before,
                        after,
                        asked.subject(),
                        asked.language(),
                        asked.edition(after.revision().number()),
                        asked.since(),
                        asked.until())
                    .orElseThrow(() -> notFound(asked.subject(), after)));
    renders.increment();
    return new RenderedBrief(
        asked.subject(),
        asked.language(),
        brief.editionId(),
        brief.title(),
        registerAsOf,
        asked.until(),
        asked.format(),
        renderer.render(brief, asked.format()));
  }

  /** A "changes since" brief asked for: its id follows from the revision it compares up to. */
  private record ChangesAsked(
      BriefSubject subject,
      Language language,
      Optional<RegisterRevision> from,
      LocalDate since,
      LocalDate until,
      BriefFormat format) {

    String edition(long toRevision) {
      return EditionId.ofChanges(
          subject,
          language,
          from.map(RegisterRevision::number).orElse(0L),
          toRevision,
          TemplateVersion.current(),
          since,
          until,
          format);
    }
  }

  /**
   * The revision readers saw just before a day began; empty when the day is the history's first
   * (everything published since is new).
   *
   * @throws BeforeHistoryException when the day is before the history's first day
   */
  public Optional<RegisterRevision> revisionBefore(LocalDate day) {
    RegisterRevision first =
        history.first().orElseThrow(() -> new BeforeHistoryException(day, null));
    LocalDate firstDay = LocalDate.ofInstant(first.revisedAt(), ZoneOffset.UTC);
    if (day.isBefore(firstDay)) {
      throw new BeforeHistoryException(day, firstDay);
    }
    return history.at(day.atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1));
  }

  /**
   * The properties that place an entry in a country's or a sector's brief when their value is that
   * country or sector ({@code country}, {@code located-in}, {@code party}...).
   */
  public static Set<String> placingProperties() {
    return BriefScope.PLACING;
  }

  /** Every brief the current register can print, with titles and current edition ids. */
  public List<BriefListing> catalog() {
    Optional<RegisterRevision> latest = current.get();
    Catalog known = catalog;
    if (known != null && latest.isPresent() && known.revision() == latest.get().number()) {
      return known.listings();
    }
    Catalog fresh = history.read(Optional.empty(), BriefService::catalogOf);
    current.advanceTo(fresh.revisedAt());
    catalog = fresh;
    return fresh.listings();
  }

  /** A brief and the published revision it was assembled from. */
  private record Assembled(RegisterRevision revision, Brief brief) {}

  /** The listings of one revision: the subjects only change when the register does. */
  private record Catalog(RegisterRevision revisedAt, List<BriefListing> listings) {

    long revision() {
      return revisedAt.number();
    }
  }

  private static Catalog catalogOf(PublishedRegister register) {
    List<BriefListing> listings = new ArrayList<>();
    for (BriefSubject subject : BriefAssembler.available(register)) {
      Map<Language, String> titles = new EnumMap<>(Language.class);
      Map<BriefFormat, Map<Language, String>> editions = new EnumMap<>(BriefFormat.class);
      for (Language language : Language.values()) {
        titles.put(language, BriefAssembler.title(register, subject, language));
        for (BriefFormat format : BriefFormat.values()) {
          editions
              .computeIfAbsent(format, each -> new EnumMap<>(Language.class))
              .put(
                  language,
                  editionOf(new Wanted(subject, language, format), register.revision(), null));
        }
      }
      listings.add(new BriefListing(subject, titles, editions));
    }
    return new Catalog(register.revision(), List.copyOf(listings));
  }

  private static String editionOf(Wanted wanted, RegisterRevision revision, LocalDate asOfDay) {
    return EditionId.of(
        wanted.subject(),
        wanted.language(),
        revision.number(),
        TemplateVersion.current(),
        asOfDay,
        wanted.format());
  }

  /** The register's newest revision: how current every brief is. */
  public Optional<RegisterRevision> latestRevision() {
    return current.get();
  }

  /** The revision readers saw at the end of a day (UTC). */
  public RegisterRevision revisionFor(LocalDate asOfDay) {
    if (asOfDay == null) {
      return history
          .latest()
          .orElseThrow(() -> new BriefNotFoundException("The register is empty."));
    }
    Instant endOfDay = asOfDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
    return history
        .at(endOfDay)
        .orElseThrow(
            () ->
                new BeforeHistoryException(
                    asOfDay,
                    history
                        .first()
                        .map(first -> LocalDate.ofInstant(first.revisedAt(), ZoneOffset.UTC))
                        .orElse(null)));
  }

  private static BriefNotFoundException notFound(BriefSubject subject, PublishedRegister register) {
    String kind = subject.kind().name().toLowerCase();
    List<String> existing =
        BriefAssembler.available(register).stream()
            .filter(s -> s.kind() == subject.kind())
            .map(BriefSubject::id)
            .toList();
    return new BriefNotFoundException(
        "There is no "
            + kind
            + " brief for this subject. The "
            + kind
            + " briefs are: "
            + String.join(", ", existing)
            + ".");
  }
}
