package org.silkway.web.spreadsheet;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.silkway.core.spreadsheet.SpreadsheetExports;
import org.silkway.core.spreadsheet.SpreadsheetWriter;
import org.silkway.core.spreadsheet.SpreadsheetWriter.SheetData;
import org.silkway.web.api.register.ExportFiles;

/**
 * {@code GET /api/export/register.xlsx}: the published register as a workbook, a sheet per entry
 * type in the layout the import reads. Public, like the JSON export; its ETag is the published
 * revision, so a client that has it asks again for free until the next publication.
 */
@Path("export/register.xlsx")
public class RegisterSpreadsheetResource {

  @Inject ExportFiles files;
  @Inject SpreadsheetExports exports;

  @GET
  public Response register(@Context Request request) {
    EntityTag tag = new EntityTag("xlsx-" + files.currentRevision());
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      return unchanged.header("Cache-Control", "public, no-cache").build();
    }
    List<SheetData> sheets = exports.publishedRegister();
    StreamingOutput body = out -> SpreadsheetWriter.xlsx(sheets, out);
    return Response.ok(body, SpreadsheetFormat.XLSX.mediaType())
        .tag(tag)
        .header("Cache-Control", "public, no-cache")
        .header("Content-Disposition", "attachment; filename=\"silkway-register.xlsx\"")
        .build();
  }
}
