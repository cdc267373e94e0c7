package org.silkway.web.api.desk;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.silkway.core.i18n.Language;
import org.silkway.core.revision.Difference;
import org.silkway.core.revision.EntryDiff;
import org.silkway.core.revision.EntryRevisions;
import org.silkway.core.revision.EntryVersion;
import org.silkway.web.api.Jsons;
import org.silkway.web.api.Problem;

/**
 * {@code GET /api/desk/diff?key=project/cku-railway[&from=R1][&to=R2][&lang=en|ru|zh]}: what the
 * diff page shows, as JSON, for editors' scripts. Without {@code from} and {@code to}, the entry's
 * first and last revisions. Unknown entry or revision: 404; a {@code lang} that is not one of
 * Silkway's: 400.
 */
@Path("desk/diff")
public class DiffResource {

  @Inject EntryRevisions revisions;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response diff(
      @QueryParam("key") String key,
      @QueryParam("from") Long from,
      @QueryParam("to") Long to,
      @QueryParam("lang") String lang) {
    Optional<Language> language = lang == null ? Optional.of(Language.EN) : Language.fromTag(lang);
    if (language.isEmpty()) {
      return Problem.of(
          Response.Status.BAD_REQUEST,
          "Unknown language",
          "lang is one of " + Language.supportedTags() + ", not " + Problem.quote(lang));
    }
    List<Long> all = key == null ? List.of() : revisions.revisions(key);
    Optional<EntryDiff> diff =
        all.isEmpty()
            ? Optional.empty()
            : revisions.diff(
                key,
                from == null ? all.get(0) : from,
                to == null ? all.get(all.size() - 1) : to,
                language.get());
    if (diff.isEmpty()) {
      return Problem.of(
          Response.Status.NOT_FOUND,
          "No such entry or revision",
          "There is no entry "
              + Problem.quote(key)
              + " at those revisions; its revisions are "
              + all);
    }
    return Response.ok(json(diff.get())).build();
  }

  private static JsonObject json(EntryDiff diff) {
    JsonArrayBuilder changes = Jsons.array();
    for (Difference d : diff.changes()) {
      JsonObjectBuilder change =
          Jsons.object().add("kind", d.kind().name()).add("subject", d.subject());
      optional(change, "claim", d.claim());
      optional(change, "before", d.before());
      optional(change, "after", d.after());
      changes.add(change);
    }
    return Jsons.object()
        .add("key", diff.key())
        .add("from", revision(diff.from()))
        .add("to", revision(diff.to()))
        .add("changes", changes)
        .build();
  }

  private static JsonObjectBuilder revision(EntryVersion v) {
    return Jsons.object()
        .add("revision", v.revision())
        .add("at", v.at().toString())
        .add("editor", v.editor())
        .add("published", v.published());
  }

  private static void optional(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }
}
