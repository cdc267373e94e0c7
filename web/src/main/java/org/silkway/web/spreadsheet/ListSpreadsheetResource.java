package org.silkway.web.spreadsheet;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.silkway.core.browse.EntryFilter;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.entry.EntryType;
import org.silkway.core.spreadsheet.SpreadsheetExports;
import org.silkway.core.spreadsheet.SpreadsheetWriter;
import org.silkway.core.spreadsheet.SpreadsheetWriter.SheetData;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.web.api.Problem;

/**
 * {@code GET /api/desk/entries.xlsx}: an editors' list as a workbook, with the filters of {@code
 * admin/entries.xhtml} (the same query parameters), drafts and proposed changes included. For
 * editors ({@code web.xml}).
 */
@Path("desk/entries.xlsx")
public class ListSpreadsheetResource {

  @Inject SpreadsheetExports exports;

  @GET
  public Response list(
      @QueryParam("type") String type,
      @QueryParam("q") String search,
      @QueryParam("name") String name,
      @QueryParam("status") String status,
      @QueryParam("sector") String sector,
      @QueryParam("country") String country,
      @QueryParam("stage") String stage,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    Optional<EntryType> entryType = EntryType.fromSlug(type == null ? "" : type);
    if (entryType.isEmpty()) {
      return Problem.of(
          Response.Status.BAD_REQUEST,
          "Which list?",
          "Name the type of entry with ?type=, such as ?type=project (not "
              + Problem.quote(type)
              + ").");
    }
    EntryStatus chosen =
        Arrays.stream(EntryStatus.values())
            .filter(s -> s.name().equals(status))
            .findFirst()
            .orElse(null);
    EntryFilter filter =
        new EntryFilter(entryType.get(), search, name, chosen, sector, country, stage, from, to);
    List<SheetData> sheets;
    try {
      sheets = exports.list(filter);
    } catch (InvalidFieldException e) {
      // The domain's message quotes the date typed; the answer need not repeat it.
      return Problem.of(
          Response.Status.BAD_REQUEST,
          "Filter not understood",
          "The dates of a filter are a year, a month or a day: 2024, 2024-06 or 2024-06-30.");
    }
    List<SheetData> withEmpty =
        sheets.isEmpty()
            ? List.of(
                new SheetData(
                    org.silkway.core.spreadsheet.SheetLayout.of(entryType.get()), List.of()))
            : sheets;
    StreamingOutput body = out -> SpreadsheetWriter.xlsx(withEmpty, out);
    return Response.ok(body, SpreadsheetFormat.XLSX.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"silkway-" + entryType.get().slug() + "-list.xlsx\"")
        .build();
  }
}
