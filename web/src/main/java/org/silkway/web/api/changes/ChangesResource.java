package org.silkway.web.api.changes;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.silkway.reports.brief.BriefService;
import org.silkway.reports.brief.ChangesAssembler.Change;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.changes.ChangeFeed;
import org.silkway.reports.changes.ChangeSet;
import org.silkway.web.api.Jsons;
import org.silkway.web.api.Problem;
import org.silkway.web.api.brief.BriefPaths;

/**
 * {@code GET /api/changes?since=2026-12-01[&until=…][&subject=countries/KZ][&lang=ru]}: every
 * publishing act in the period, oldest first, with what it changed in each brief subject (old and
 * new values worded in the language) and links to the brief as of that day and to that day's
 * changes PDF.
 */
@Path("changes")
public class ChangesResource {

  @Inject ChangeFeed feed;
  @Inject BriefService briefs;

  @Context UriInfo uri;

  private final Clock clock = Clock.systemUTC();

  @GET
  @Produces({MediaType.APPLICATION_JSON + ";charset=UTF-8", Problem.MEDIA_TYPE})
  public Response list() {
    ChangesQuery query;
    try {
      query = ChangesQuery.of(uri.getQueryParameters(), clock);
    } catch (ChangesQuery.Refused refused) {
      return refused.problem();
    }
    List<ChangeSet> sets =
        feed.between(query.from(), query.to(), query.subject(), query.language());
    ChangeLinks links = new ChangeLinks(query.language(), briefs.catalog());
    JsonArrayBuilder items = Jsons.array();
    sets.forEach(set -> items.add(item(set, links)));
    JsonObjectBuilder answer =
        Jsons.object()
            .add("since", query.since().toString())
            .add("until", query.until().toString())
            .add("lang", query.language().tag());
    query
        .subject()
        .ifPresentOrElse(
            s -> answer.add("subject", BriefPaths.name(s)), () -> answer.addNull("subject"));
    answer.add("changeSets", items).add("complete", sets.size() < ChangeFeed.MOST);
    StringWriter json = new StringWriter();
    Jsons.writer(json).write(answer.build());
    return Response.ok(json.toString()).header("Cache-Control", "public, no-cache").build();
  }

  private static JsonObjectBuilder item(ChangeSet set, ChangeLinks links) {
    JsonArrayBuilder subjects = Jsons.array();
    for (Map.Entry<BriefSubject, List<Change>> touched : set.bySubject().entrySet()) {
      BriefSubject subject = touched.getKey();
      JsonArrayBuilder changes = Jsons.array();
      touched.getValue().forEach(change -> changes.add(change(change)));
      subjects.add(
          Jsons.object()
              .add("subject", BriefPaths.name(subject))
              .add("title", links.title(subject))
              .add("brief", links.brief(subject, set))
              .add("changesPdf", links.changes(subject, set))
              .add("changes", changes));
    }
    return Jsons.object()
        .add("revision", set.revision())
        .add("publishedAt", set.publishedAt().toString())
        .add("subjects", subjects);
  }

  private static JsonObjectBuilder change(Change change) {
    return Jsons.object()
        .add("kind", change.kind())
        .add("entry", change.entry())
        .add("entryName", change.entryName())
        .add("property", change.property())
        .add("label", change.label())
        .add("before", change.before())
        .add("after", change.after());
  }
}
