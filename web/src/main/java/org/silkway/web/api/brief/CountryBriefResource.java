package org.silkway.web.api.brief;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;
import org.silkway.core.country.CountryCode;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.CountryBrief;
import org.silkway.reports.brief.CountryBriefQuery;
import org.silkway.reports.brief.CountryBriefRenderer;
import org.silkway.web.api.Problem;

/** {@code GET /api/briefs/countries/KZ.pdf?lang=ru}: a country brief as PDF. */
@Path("briefs/countries")
public class CountryBriefResource {

  private static final String PDF = "application/pdf";
  private static final Pattern TWO_LETTERS = Pattern.compile("[A-Za-z]{2}");

  @Inject CountryBriefQuery briefs;
  @Inject CountryBriefRenderer renderer;

  @GET
  @Path("{code}.pdf")
  @Produces({PDF, Problem.MEDIA_TYPE})
  public Response countryBrief(@PathParam("code") String code, @QueryParam("lang") String lang) {
    Optional<Language> language = lang == null ? Optional.of(Language.EN) : Language.fromTag(lang);
    if (language.isEmpty()) {
      return Problem.of(
          Response.Status.BAD_REQUEST,
          "Unsupported language",
          "Briefs are written in "
              + Language.supportedTags()
              + "; lang="
              + Problem.quote(lang)
              + " is not one.");
    }
    Optional<CountryBrief> brief = parse(code).flatMap(c -> briefs.forCountry(c, language.get()));
    if (brief.isEmpty()) {
      return Problem.of(
          Response.Status.NOT_FOUND,
          "Unknown country",
          "Silkway has no country with the ISO 3166-1 alpha-2 code " + Problem.quote(code) + ".");
    }
    return Response.ok(renderer.render(brief.get()), PDF)
        .header("Content-Disposition", "inline; filename=\"" + fileName(brief.get()) + "\"")
        .build();
  }

  /** Two letters in either case ({@code kz}, {@code KZ}); nothing around them. */
  private static Optional<CountryCode> parse(String code) {
    return TWO_LETTERS.matcher(code).matches()
        ? Optional.of(CountryCode.parse(code))
        : Optional.empty();
  }

  /** {@code silkway-kz-en-2026-11-23.pdf}: sorts by country, language and date in a folder. */
  static String fileName(CountryBrief brief) {
    return "silkway-"
        + brief.countryCode().toLowerCase()
        + "-"
        + brief.language().tag()
        + "-"
        + DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(brief.generatedAt())
        + ".pdf";
  }
}
