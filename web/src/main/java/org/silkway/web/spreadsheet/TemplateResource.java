package org.silkway.web.spreadsheet;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Optional;
import org.silkway.core.entry.EntryType;
import org.silkway.core.spreadsheet.SheetLayout;
import org.silkway.core.spreadsheet.SpreadsheetWriter;
import org.silkway.core.spreadsheet.SpreadsheetWriter.SheetData;
import org.silkway.web.api.Problem;

/**
 * {@code GET /api/admin/templates/{type}.xlsx} and {@code .csv}: an empty sheet of an entry type
 * for editors to fill in, its columns made from the property schema; the XLSX offers the code lists
 * as drop-downs and explains every column on a sheet of its own. For editors ({@code web.xml}).
 */
@Path("admin/templates")
public class TemplateResource {

  @GET
  @Path("{type}.{format}")
  public Response template(@PathParam("type") String type, @PathParam("format") String format) {
    Optional<EntryType> entryType = EntryType.fromSlug(type);
    Optional<SpreadsheetFormat> fileFormat = SpreadsheetFormat.ofExtension(format);
    if (entryType.isEmpty() || fileFormat.isEmpty()) {
      return Problem.of(
          Response.Status.NOT_FOUND,
          "No such template",
          "Templates are /api/admin/templates/<type>.xlsx or .csv, for the types "
              + String.join(
                  ", ", java.util.Arrays.stream(EntryType.values()).map(EntryType::slug).toList())
              + ".");
    }
    SheetData empty = new SheetData(SheetLayout.of(entryType.get()), List.of());
    StreamingOutput body =
        out -> {
          if (fileFormat.get() == SpreadsheetFormat.XLSX) {
            SpreadsheetWriter.xlsx(List.of(empty), out);
          } else {
            SpreadsheetWriter.csv(empty, out);
          }
        };
    String name = "silkway-" + entryType.get().slug() + "." + fileFormat.get().extension();
    return Response.ok(body, fileFormat.get().mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }
}
