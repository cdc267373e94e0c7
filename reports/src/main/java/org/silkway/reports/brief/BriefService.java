package org.silkway.reports.brief;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import org.silkway.reports.template.BriefRenderer;

/**
 * Briefs as readers ask for them: the current edition, or the edition as of the end of a past day
 * (UTC), rendered once per edition and then served from memory. An edition is fixed by what it
 * shows, so the same request gives the same bytes until a publishing act moves the published
 * revision; an editor saving a draft moves nothing.
 */
@ApplicationScoped
public class BriefService {

  private RegisterHistory history;
  private BriefRenderer renderer;
  private EditionCache cache;

  /** The last catalog built, reused while the register stays at its revision. */
  private volatile Catalog catalog;

  protected BriefService() {}

  @Inject
  public BriefService(
      RegisterHistory history,
      BriefRenderer renderer,
      @ConfigProperty(name = "silkway.briefs.cache-bytes", defaultValue = "67108864")
          long cacheBytes) {
    this.history = history;
    this.renderer = renderer;
    this.cache = new EditionCache(cacheBytes);
  }

  /**
   * @param asOfDay the day whose end the brief shows; null for the current register
   * @throws BriefNotFoundException when the register has no such subject (then or now)
   * @throws BeforeHistoryException when the day is before the register's first revision
   */
  public RenderedBrief render(BriefSubject subject, Language language, LocalDate asOfDay) {
    RegisterRevision revision = revisionFor(asOfDay);
    Optional<RenderedBrief> cached = cache.get(editionOf(subject, language, revision, asOfDay));
    if (cached.isPresent()) {
      return cached.get();
    }
    Optional<RegisterRevision> past = asOfDay == null ? Optional.empty() : Optional.of(revision);
    // Assembled in one transaction; rendered after it, so no connection waits on the PDF export.
    // The current register may have moved on since revisionFor: the brief names the one it read.
    Assembled assembled =
        history.read(
            past,
            register ->
                new Assembled(
                    register.revision(),
                    BriefAssembler.assemble(
                            register,
                            subject,
                            language,
                            editionOf(subject, language, register.revision(), asOfDay),
                            asOfDay)
                        .orElseThrow(() -> notFound(subject, register))));
    Brief brief = assembled.brief();
    RenderedBrief rendered =
        new RenderedBrief(
            subject,
            language,
            brief.editionId(),
            brief.title(),
            assembled.revision().revisedAt(),
            asOfDay,
            renderer.render(brief));
    cache.put(rendered);
    return rendered;
  }

  /** Every brief the current register can print, with titles and current edition ids. */
  public List<BriefListing> catalog() {
    Optional<RegisterRevision> latest = history.latest();
    Catalog known = catalog;
    if (known != null && latest.isPresent() && known.revision() == latest.get().number()) {
      return known.listings();
    }
    Catalog fresh = history.read(Optional.empty(), BriefService::catalogOf);
    catalog = fresh;
    return fresh.listings();
  }

  /** A brief and the published revision it was assembled from. */
  private record Assembled(RegisterRevision revision, Brief brief) {}

  /** The listings of one revision: the subjects only change when the register does. */
  private record Catalog(long revision, List<BriefListing> listings) {}

  private static Catalog catalogOf(PublishedRegister register) {
    List<BriefListing> listings = new ArrayList<>();
    for (BriefSubject subject : BriefAssembler.available(register)) {
      Map<Language, String> titles = new EnumMap<>(Language.class);
      Map<Language, String> editions = new EnumMap<>(Language.class);
      for (Language language : Language.values()) {
        titles.put(language, BriefAssembler.title(register, subject, language));
        editions.put(language, editionOf(subject, language, register.revision(), null));
      }
      listings.add(new BriefListing(subject, titles, editions));
    }
    return new Catalog(register.revision().number(), List.copyOf(listings));
  }

  private static String editionOf(
      BriefSubject subject, Language language, RegisterRevision revision, LocalDate asOfDay) {
    return EditionId.of(subject, language, revision.number(), TemplateVersion.current(), asOfDay);
  }

  /** The register's newest revision: how current every brief is. */
  public Optional<RegisterRevision> latestRevision() {
    return history.latest();
  }

  private RegisterRevision revisionFor(LocalDate asOfDay) {
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
