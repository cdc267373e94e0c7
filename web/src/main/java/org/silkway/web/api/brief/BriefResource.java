package org.silkway.web.api.brief;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.silkway.core.history.RegisterRevision;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.BeforeHistoryException;
import org.silkway.reports.brief.BriefListing;
import org.silkway.reports.brief.BriefNotFoundException;
import org.silkway.reports.brief.BriefService;
import org.silkway.reports.brief.model.BriefKind;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.edition.RenderedBrief;
import org.silkway.reports.template.BriefFormat;
import org.silkway.web.api.Jsons;
import org.silkway.web.api.Problem;

/**
 * The briefs as PDF: {@code /api/briefs/countries/KZ.pdf}, {@code
 * /api/briefs/sectors/transport.pdf} and {@code /api/briefs/framework.pdf}, each {@code
 * ?lang=en|ru|zh} and optionally {@code &asOf=2025-06-18}; the same as Word documents at the same
 * addresses ending {@code .docx}; and {@code /api/briefs}, the index of every brief with its
 * current editions. Every rule below holds for both formats: each is an edition of its own, with
 * its own id.
 *
 * <p>An edition never changes its bytes, so its id is the ETag: a reader who has it gets a 304. The
 * current edition and today's must be revalidated (a publish makes a new one); an edition of a past
 * day is the same forever and may be cached for a year.
 *
 * <p>The current edition is checked before anything is rendered: an {@code If-None-Match} naming it
 * is a 304 from the edition id alone, and a brief already rendered is served (GET and HEAD) from
 * memory. HEAD renders only on a miss, because {@code Content-Length} is known only after a render.
 * Each current edition also has an immutable address, {@code /api/briefs/editions/{id}.pdf} (or
 * {@code .docx}), named in the subject URL's {@code Content-Location}: a proxy or CDN can keep
 * those bytes for a year, and only the small revalidation of the subject URL reaches Silkway.
 * {@code Content-Location} rather than a {@code Link}: it says exactly that the body sent is the
 * resource at that address, on 200, 304 and HEAD alike.
 */
@Path("briefs")
// One instance for every request: a cache hit should not pay for building and injecting a resource
// (a quarter of Jersey's time per hit in a profile). Its fields are shared services, and Jersey
// gives the @Context fields a proxy to the current request's.
@ApplicationScoped
public class BriefResource {

  private static final String PDF = BriefFormat.PDF_MEDIA_TYPE;
  private static final String DOCX = BriefFormat.DOCX_MEDIA_TYPE;

  /** A brief's address ends with its format: {@code .pdf} or {@code .docx}. */
  private static final String FORMAT = "{format:pdf|docx}";

  private static final String REVALIDATE = "public, no-cache";
  private static final String FOREVER = "public, max-age=31536000, immutable";
  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");
  private static final Pattern SECTOR_KEY = Pattern.compile("[a-z0-9-]{1,60}");
  private static final Pattern EDITION_ID = Pattern.compile("[a-z2-9]{10}");

  @Inject BriefService briefs;

  @Context UriInfo uri;
  @Context Request request;

  private final Clock clock = Clock.systemUTC();

  @GET
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  public Response index() {
    Optional<RegisterRevision> latest = briefs.latestRevision();
    JsonObjectBuilder index = Jsons.object();
    if (latest.isPresent()) {
      index.add("registerAsOf", latest.get().revisedAt().toString());
      index.add("revision", latest.get().number());
    } else {
      index.addNull("registerAsOf").add("revision", 0);
    }
    JsonArrayBuilder list = Jsons.array();
    for (BriefListing listing : briefs.catalog()) {
      list.add(
          Jsons.object()
              .add("kind", listing.subject().kind().name().toLowerCase(Locale.ROOT))
              .add("subject", listing.subject().id())
              .add("titles", byLanguage(language -> listing.titles().get(language)))
              .add("urls", urls(listing, BriefFormat.PDF))
              .add("editions", editions(listing, BriefFormat.PDF))
              .add(
                  "docx",
                  Jsons.object()
                      .add("urls", urls(listing, BriefFormat.DOCX))
                      .add("editions", editions(listing, BriefFormat.DOCX))));
    }
    index.add("briefs", list);
    StringWriter json = new StringWriter();
    Jsons.writer(json).write(index.build());
    return Response.ok(json.toString()).header("Cache-Control", REVALIDATE).build();
  }

  @GET
  @Path("countries/{code}." + FORMAT)
  @Produces({PDF, DOCX, Problem.MEDIA_TYPE})
  public Response country(@PathParam("code") String code, @PathParam("format") String format) {
    return brief(countryOf(code), format, false);
  }

  @HEAD
  @Path("countries/{code}." + FORMAT)
  @Produces({PDF, DOCX, Problem.MEDIA_TYPE})
  public Response countryHead(@PathParam("code") String code, @PathParam("format") String format) {
    return brief(countryOf(code), format, true);
  }

  @GET
  @Path("sectors/{key}." + FORMAT)
  @Produces({PDF, DOCX, Problem.MEDIA_TYPE})
  public Response sector(@PathParam("key") String key, @PathParam("format") String format) {
    return brief(sectorOf(key), format, false);
  }

  @HEAD
  @Path("sectors/{key}." + FORMAT)
  @Produces({PDF, DOCX, Problem.MEDIA_TYPE})
  public Response sectorHead(@PathParam("key") String key, @PathParam("format") String format) {
    return brief(sectorOf(key), format, true);
  }

  @GET
  @Path("framework." + FORMAT)
  @Produces({PDF, DOCX, Problem.MEDIA_TYPE})
  public Response framework(@PathParam("format") String format) {
    return brief(Asked.of(BriefSubject.framework()), format, false);
  }

  @HEAD
  @Path("framework." + FORMAT)
  @Produces({PDF, DOCX, Problem.MEDIA_TYPE})
  public Response frameworkHead(@PathParam("format") String format) {
    return brief(Asked.of(BriefSubject.framework()), format, true);
  }

  @GET
  @Path("countries/{code}/changes." + FORMAT)
  @Produces({PDF, DOCX, Problem.MEDIA_TYPE})
  public Response countryChanges(
      @PathParam("code") String code, @PathParam("format") String format) {
    return changes(countryOf(code), format);
  }

  @GET
  @Path("sectors/{key}/changes." + FORMAT)
  @Produces({PDF, DOCX, Problem.MEDIA_TYPE})
  public Response sectorChanges(@PathParam("key") String key, @PathParam("format") String format) {
    return changes(sectorOf(key), format);
  }

  @GET
  @Path("framework/changes." + FORMAT)
  @Produces({PDF, DOCX, Problem.MEDIA_TYPE})
  public Response frameworkChanges(@PathParam("format") String format) {
    return changes(Asked.of(BriefSubject.framework()), format);
  }

  /** One edition by its id: the same bytes forever. */
  @GET
  @Path("editions/{id}." + FORMAT)
  @Produces({PDF, DOCX, Problem.MEDIA_TYPE})
  public Response edition(@PathParam("id") String id, @PathParam("format") String format) {
    return editionById(id, format, false);
  }

  @HEAD
  @Path("editions/{id}." + FORMAT)
  @Produces({PDF, DOCX, Problem.MEDIA_TYPE})
  public Response editionHead(@PathParam("id") String id, @PathParam("format") String format) {
    return editionById(id, format, true);
  }

  /** An edition is found at the address of its own format only. */
  private Response editionById(String id, String extension, boolean head) {
    BriefFormat format = formatOf(extension);
    Optional<RenderedBrief> edition =
        EDITION_ID.matcher(id).matches()
            ? briefs.edition(id).filter(found -> found.format() == format)
            : Optional.empty();
    if (edition.isEmpty()) {
      return Problem.of(
          Response.Status.NOT_FOUND,
          "No such edition",
          "There is no edition "
              + Problem.quote(id)
              + " at hand. The current editions are listed at /api/briefs; an edition of a past"
              + " day is at its brief's address with asOf.");
    }
    return send(edition.get(), FOREVER, head, false);
  }

  /**
   * One brief, or the problem with the request. HEAD is answered here rather than by JAX-RS'
   * implicit HEAD, which runs the GET and drops its entity together with its real length: a reader
   * checking a download's size got {@code Content-Length: 0}.
   */
  private Response brief(Asked asked, String extension, boolean head) {
    BriefFormat format = formatOf(extension);
    Language language;
    Optional<LocalDate> asOf;
    try {
      language = language();
      asOf = AsOfDay.parse(single("asOf"), clock);
    } catch (Refused refused) {
      return refused.problem;
    } catch (AsOfDay.Invalid invalid) {
      return Problem.of(Response.Status.BAD_REQUEST, "Invalid day", invalid.getMessage());
    }
    if (asked.subject().isEmpty()) {
      return notFound(asked, existing(asked.kind()));
    }
    String cacheControl = cacheControl(asOf, AsOfDay.today(clock));
    if (asOf.isEmpty()) {
      Optional<String> current = briefs.currentEdition(asked.subject().get(), language, format);
      if (current.isPresent()) {
        Response.ResponseBuilder unchanged =
            request.evaluatePreconditions(new EntityTag(current.get()));
        if (unchanged != null) {
          return unchanged
              .header("Cache-Control", cacheControl)
              .header("Content-Location", editionPath(current.get(), format))
              .build();
        }
      }
    }
    RenderedBrief brief;
    try {
      brief = briefs.render(asked.subject().get(), language, asOf.orElse(null), format);
    } catch (BriefNotFoundException e) {
      return notFound(asked, e.getMessage());
    } catch (BeforeHistoryException e) {
      return beforeHistory(e);
    }
    // Only current editions point to their address: a past day's is found by its id only while it
    // is in memory, and its own URL is already cached for a year.
    return send(brief, cacheControl, head, asOf.isEmpty());
  }

  /**
   * What was published about a subject from {@code since} to {@code until} (or now), as a PDF or a
   * DOCX. An edition that ends before today is final; one that runs to today is revalidated.
   */
  private Response changes(Asked asked, String extension) {
    BriefFormat format = formatOf(extension);
    Language language;
    LocalDate since;
    Optional<LocalDate> until;
    try {
      language = language();
      since =
          AsOfDay.parse("since", single("since"), clock)
              .orElseThrow(
                  () ->
                      new Refused(
                          Problem.of(
                              Response.Status.BAD_REQUEST,
                              "Missing day",
                              "Give since=YYYY-MM-DD, the first day whose changes you want,"
                                  + " and optionally until=YYYY-MM-DD, the last.")));
      until = AsOfDay.parse("until", single("until"), clock);
    } catch (Refused refused) {
      return refused.problem;
    } catch (AsOfDay.Invalid invalid) {
      return Problem.of(Response.Status.BAD_REQUEST, "Invalid day", invalid.getMessage());
    }
    if (until.isPresent() && until.get().isBefore(since)) {
      return Problem.of(
          Response.Status.BAD_REQUEST,
          "Days in the wrong order",
          "until " + until.get() + " is before since " + since + ": swap them.");
    }
    if (asked.subject().isEmpty()) {
      return notFound(asked, existing(asked.kind()));
    }
    LocalDate today = AsOfDay.today(clock);
    RenderedBrief brief;
    try {
      brief =
          briefs.renderChanges(
              asked.subject().get(), language, since, until.orElse(null), today, format);
    } catch (BriefNotFoundException e) {
      return notFound(asked, e.getMessage());
    } catch (BeforeHistoryException e) {
      return beforeHistory(e);
    }
    return send(brief, cacheControl(until, today), false, false);
  }

  private static Response beforeHistory(BeforeHistoryException e) {
    return Problem.of(
        Response.Status.NOT_FOUND,
        "Before the register's history",
        e.historyStarts() == null
            ? "The register has no history yet."
            : "The register's history starts on "
                + e.historyStarts()
                + ": ask for that day or a later one.");
  }

  private Response send(RenderedBrief brief, String cacheControl, boolean head, boolean located) {
    EntityTag etag = new EntityTag(brief.editionId());
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
    Response.ResponseBuilder response = unchanged != null ? unchanged : Response.ok();
    response.header("Cache-Control", cacheControl);
    if (located) {
      response.header("Content-Location", editionPath(brief.editionId(), brief.format()));
    }
    if (unchanged != null) {
      return response.build();
    }
    response
        .type(brief.format().mediaType())
        .tag(etag)
        .header("Content-Disposition", "inline; filename=\"" + brief.fileName() + "\"");
    // Said on GET too, so a download shows its progress instead of arriving in chunks.
    response.header("Content-Length", brief.bytes().length);
    return head ? response.build() : response.entity(brief.bytes()).build();
  }

  /** The edition's immutable address, as a path from the server's root. */
  private String editionPath(String editionId, BriefFormat format) {
    return uri.getBaseUri().getRawPath()
        + "briefs/editions/"
        + editionId
        + "."
        + format.extension();
  }

  /** The format an address ends with; the path template lets through only those that exist. */
  private static BriefFormat formatOf(String extension) {
    return BriefFormat.ofExtension(extension).orElseThrow();
  }

  /**
   * A past day's edition is final; the current one and today's may be replaced by a publish, so a
   * cache must ask again (a 304 when nothing changed).
   */
  static String cacheControl(Optional<LocalDate> asOf, LocalDate today) {
    return asOf.isPresent() && asOf.get().isBefore(today) ? FOREVER : REVALIDATE;
  }

  private static Asked countryOf(String code) {
    return COUNTRY_CODE.matcher(code).matches()
        ? Asked.of(BriefSubject.country(code.toUpperCase(Locale.ROOT)))
        : Asked.malformed(BriefKind.COUNTRY, code);
  }

  private static Asked sectorOf(String key) {
    return SECTOR_KEY.matcher(key).matches()
        ? Asked.of(BriefSubject.sector(key))
        : Asked.malformed(BriefKind.SECTOR, key);
  }

  private Language language() {
    String lang = single("lang");
    if (lang == null) {
      return Language.EN;
    }
    return Language.fromTag(lang)
        .orElseThrow(
            () ->
                new Refused(
                    Problem.of(
                        Response.Status.BAD_REQUEST,
                        "Unsupported language",
                        "Briefs are written in "
                            + Language.supportedTags()
                            + "; lang="
                            + Problem.quote(lang)
                            + " is not one.")));
  }

  /** A query parameter given at most once: {@code lang=en&lang=ru} names no one brief. */
  private String single(String name) {
    List<String> values = uri.getQueryParameters().get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw new Refused(
          Problem.of(
              Response.Status.BAD_REQUEST,
              "Repeated parameter",
              "Give " + name + " once; a brief has one address per language and day."));
    }
    return values.get(0);
  }

  private Response notFound(Asked asked, String whatExists) {
    String detail = whatExists + " You asked for " + Problem.quote(asked.raw()) + ".";
    if (asked.kind() == BriefKind.COUNTRY) {
      detail +=
          " Other powers in the region are covered by the framework brief,"
              + " /api/briefs/framework.pdf.";
    }
    return Problem.of(Response.Status.NOT_FOUND, "No such brief", detail);
  }

  /**
   * The briefs of a kind the current register can print, worded as the service words its own {@link
   * BriefNotFoundException}: for a value that cannot name a subject, so is never looked up.
   */
  private String existing(BriefKind kind) {
    String name = kind.name().toLowerCase(Locale.ROOT);
    return "There is no "
        + name
        + " brief for this subject. The "
        + name
        + " briefs are: "
        + briefs.catalog().stream()
            .map(BriefListing::subject)
            .filter(subject -> subject.kind() == kind)
            .map(BriefSubject::id)
            .collect(Collectors.joining(", "))
        + ".";
  }

  private static JsonObjectBuilder urls(BriefListing listing, BriefFormat format) {
    return byLanguage(language -> BriefPaths.of(listing.subject(), language, null, format));
  }

  private static JsonObjectBuilder editions(BriefListing listing, BriefFormat format) {
    return byLanguage(language -> listing.editionId(format, language));
  }

  private static JsonObjectBuilder byLanguage(Function<Language, String> value) {
    JsonObjectBuilder object = Jsons.object();
    for (Language language : Language.values()) {
      object.add(language.tag(), value.apply(language));
    }
    return object;
  }

  /** What the URL asked for: a subject, or a value that cannot name one (then only its kind). */
  private record Asked(BriefKind kind, String raw, Optional<BriefSubject> subject) {

    static Asked of(BriefSubject subject) {
      return new Asked(subject.kind(), subject.id(), Optional.of(subject));
    }

    static Asked malformed(BriefKind kind, String raw) {
      return new Asked(kind, raw, Optional.empty());
    }
  }

  /** A request refused before any brief is looked at; carries the problem to answer with. */
  private static final class Refused extends RuntimeException {

    private final transient Response problem;

    Refused(Response problem) {
      super(null, null, false, false);
      this.problem = problem;
    }
  }
}
