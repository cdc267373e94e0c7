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
import java.io.IOException;
import java.nio.file.Files;

/**
 * {@code GET /api/export}: the published register, in the format the import reads back. The
 * document changes only with the published revision, so the revision is its {@code ETag}: a client
 * or proxy that holds the current one gets a 304 from the revision held in memory, without the
 * database. Otherwise the export of that revision is sent from its file ({@link ExportFiles}),
 * written once per revision.
 */
@Path("export")
public class ExportResource {

  /** Anyone may keep it, but must ask again before using it: a publish changes it. */
  static final String REVALIDATE = "public, no-cache";

  @Inject ExportFiles files;

  @GET
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  public Response export(@Context Request request) throws IOException {
    Response.ResponseBuilder unchanged =
        request.evaluatePreconditions(etag(files.currentRevision()));
    if (unchanged != null) {
      return unchanged.header("Cache-Control", REVALIDATE).build();
    }
    ExportFiles.ExportFile file = files.current();
    StreamingOutput body = out -> Files.copy(file.path(), out);
    return Response.ok(body)
        .tag(etag(file.revision()))
        .header("Content-Length", Files.size(file.path()))
        .header("Cache-Control", REVALIDATE)
        .header("Content-Disposition", "inline; filename=\"silkway-register.json\"")
        .build();
  }

  private static EntityTag etag(long revision) {
    return new EntityTag(Long.toString(revision));
  }
}
