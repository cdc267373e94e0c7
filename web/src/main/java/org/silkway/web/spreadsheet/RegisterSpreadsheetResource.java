package org.silkway.web.spreadsheet;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.nio.file.Files;
import org.silkway.web.api.register.ExportFiles;
import org.silkway.web.api.register.ExportFiles.ExportFile;

/**
 * {@code GET /api/export/register.xlsx}: the published register as a workbook, a sheet per entry
 * type in the layout the import reads. Public, like the JSON export, and like it written once per
 * published revision ({@link ExportFiles}); its ETag is the revision, so a client that has it asks
 * again for free until the next publication, answered from memory.
 */
@Path("export/register.xlsx")
public class RegisterSpreadsheetResource {

  private static final String REVALIDATE = "public, no-cache";

  @Inject ExportFiles files;

  @GET
  public Response register(@Context Request request) throws IOException {
    Response.ResponseBuilder unchanged =
        request.evaluatePreconditions(etag(files.currentRevision()));
    if (unchanged != null) {
      return unchanged.header("Cache-Control", REVALIDATE).build();
    }
    ExportFile file = files.currentWorkbook();
    StreamingOutput body = out -> Files.copy(file.path(), out);
    return Response.ok(body, SpreadsheetFormat.XLSX.mediaType())
        .tag(etag(file.revision()))
        .header("Content-Length", Files.size(file.path()))
        .header("Cache-Control", REVALIDATE)
        .header("Content-Disposition", "attachment; filename=\"silkway-register.xlsx\"")
        .build();
  }

  private static EntityTag etag(long revision) {
    return new EntityTag("xlsx-" + revision);
  }
}
