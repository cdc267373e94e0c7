package org.silkway.web.api.register;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.history.RegisterSnapshot;
import org.silkway.core.register.RegisterJsonWriter;

/**
 * {@code GET /api/export}: the published register, in the format the import reads back. The
 * document changes only with the published revision, so the revision is its {@code ETag}: a client
 * or proxy that holds the current one gets a 304 before anything is read beyond the revision.
 */
@Path("export")
public class ExportResource {

  /** Anyone may keep it, but must ask again before using it: a publish changes it. */
  static final String REVALIDATE = "public, no-cache";

  @Inject RegisterHistory history;

  @GET
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  public Response export(@Context Request request) {
    long latest = history.latest().map(r -> r.number()).orElse(0L);
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag(latest));
    if (unchanged != null) {
      return unchanged.header("Cache-Control", REVALIDATE).build();
    }
    // The same read model as the briefs: published entries and the sources their claims cite.
    // The tag is the revision actually read, which is newer than `latest` if a publish came
    // between.
    RegisterSnapshot snapshot = history.current();
    StreamingOutput body = out -> RegisterJsonWriter.write(snapshot.document(), out);
    return Response.ok(body)
        .tag(etag(snapshot.revision()))
        .header("Cache-Control", REVALIDATE)
        .header("Content-Disposition", "inline; filename=\"silkway-register.json\"")
        .build();
  }

  private static EntityTag etag(long revision) {
    return new EntityTag(Long.toString(revision));
  }
}
