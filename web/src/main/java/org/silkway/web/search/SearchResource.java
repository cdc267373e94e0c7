package org.silkway.web.search;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.util.Optional;
import org.silkway.core.browse.Search;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.Vocabulary;
import org.silkway.core.search.SearchHit;
import org.silkway.reports.brief.BriefListing;
import org.silkway.reports.template.BriefFormat;
import org.silkway.web.api.Jsons;
import org.silkway.web.api.Problem;
import org.silkway.web.api.brief.BriefPaths;

/**
 * {@code GET /api/search?q=kashgar[&lang=ru]}: what readers find in the published register, best
 * first, each hit with its type, status, where the text matched (worded in {@code lang}), the words
 * around the match and the briefs that cover it (PDF and Word).
 */
@Path("search")
public class SearchResource {

  @Inject ReaderSearch search;

  @GET
  @Produces({MediaType.APPLICATION_JSON + ";charset=UTF-8", Problem.MEDIA_TYPE})
  public Response find(@QueryParam("q") String typed, @QueryParam("lang") String lang) {
    Optional<Language> language = lang == null ? Optional.of(Language.EN) : Language.fromTag(lang);
    if (language.isEmpty()) {
      return Problem.of(
          Response.Status.BAD_REQUEST,
          "Unsupported language",
          "Hits are worded in "
              + Language.supportedTags()
              + "; lang="
              + Problem.quote(lang)
              + " is not one.");
    }
    if (Search.normalized(typed) == null) {
      return Problem.of(
          Response.Status.BAD_REQUEST,
          "Nothing to find",
          "Say what to find in q, for example /api/search?q=railway: part of a name in English,"
              + " Russian or Chinese, or words of a fact or a source's title.");
    }
    Vocabulary words = Vocabulary.of(language.get());
    JsonArrayBuilder hits = Jsons.array();
    for (ReaderHit found : search.find(typed)) {
      hits.add(hit(found, language.get(), words));
    }
    JsonObjectBuilder answer =
        Jsons.object()
            .add("query", Search.normalized(typed))
            .add("lang", language.get().tag())
            .add("hits", hits);
    StringWriter json = new StringWriter();
    Jsons.writer(json).write(answer.build());
    // Hits change with publishing acts: a cache may keep the answer but must ask again.
    return Response.ok(json.toString()).header("Cache-Control", "public, no-cache").build();
  }

  private static JsonObjectBuilder hit(ReaderHit found, Language language, Vocabulary words) {
    SearchHit hit = found.hit();
    JsonObjectBuilder names = Jsons.object();
    for (Language each : Language.values()) {
      names.add(each.tag(), hit.name().in(each));
    }
    JsonArrayBuilder briefs = Jsons.array();
    for (BriefListing brief : found.briefs()) {
      briefs.add(
          Jsons.object()
              .add("subject", BriefPaths.name(brief.subject()))
              .add("title", brief.titles().get(language))
              .add("pdf", BriefPaths.of(brief.subject(), language, null, BriefFormat.PDF))
              .add("docx", BriefPaths.of(brief.subject(), language, null, BriefFormat.DOCX)));
    }
    JsonObjectBuilder json =
        Jsons.object()
            .add("type", hit.type())
            .add("typeLabel", words.word("type." + hit.type()))
            .add("key", hit.key())
            .add("name", hit.name().in(language))
            .add("names", names)
            .add("status", hit.status())
            .add("matchedIn", hit.matchedIn().name())
            .add("matchedInLabel", words.word("search.matched." + hit.matchedIn().name()));
    if (hit.excerpt() == null) {
      json.addNull("excerpt");
    } else {
      json.add("excerpt", hit.excerpt());
    }
    return json.add("briefs", briefs);
  }
}
