package org.silkway.web.api.register;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.silkway.core.history.RegisterHistory;
import org.silkway.core.register.RegisterDocument;
import org.silkway.core.register.RegisterJsonWriter;

/** {@code GET /api/export}: the published register, in the format the import reads back. */
@Path("export")
public class ExportResource {

  @Inject RegisterHistory history;

  @GET
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  public Response export() {
    // The same read model as the briefs: published entries and the sources their claims cite.
    RegisterDocument document = history.current().document();
    StreamingOutput body = out -> RegisterJsonWriter.write(document, out);
    return Response.ok(body)
        .header("Content-Disposition", "inline; filename=\"silkway-register.json\"")
        .build();
  }
}
