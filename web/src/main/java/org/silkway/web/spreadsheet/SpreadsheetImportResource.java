package org.silkway.web.spreadsheet;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.silkway.core.access.NotAllowedException;
import org.silkway.core.entry.EntryType;
import org.silkway.core.spreadsheet.ImportOutcome;
import org.silkway.core.spreadsheet.NothingStoredException;
import org.silkway.core.spreadsheet.RowProblem;
import org.silkway.core.spreadsheet.SpreadsheetImport;
import org.silkway.core.spreadsheet.SpreadsheetReader;
import org.silkway.web.api.Jsons;
import org.silkway.web.api.LimitedBody;
import org.silkway.web.api.Problem;
import org.silkway.web.platform.failure.Failure;

/**
 * {@code POST /api/admin/imports}: a spreadsheet of entries as an editor's drafts and proposed
 * changes, in the same request (the import page runs long files as jobs instead). The body is an
 * XLSX workbook, or CSV with {@code ?type=project}; {@code ?dryRun=true} checks it and stores
 * nothing. It answers what was done (or would be), or 400 with every problem by sheet, row and
 * column, nothing stored. For editors ({@code web.xml}).
 */
@Path("admin/imports")
public class SpreadsheetImportResource {

  @Inject SpreadsheetImport importer;

  @POST
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public Response importSpreadsheet(
      @Context HttpHeaders headers,
      @QueryParam("dryRun") boolean dryRun,
      @QueryParam("type") String type,
      InputStream body) {
    Optional<SpreadsheetFormat> format = SpreadsheetFormat.ofMediaType(mediaType(headers));
    if (format.isEmpty()) {
      return Problem.of(
          Response.Status.UNSUPPORTED_MEDIA_TYPE,
          "Not a spreadsheet",
          "Send an XLSX workbook (Content-Type: "
              + SpreadsheetFormat.XLSX.mediaType()
              + ") or CSV in UTF-8 (Content-Type: text/csv, with ?type=project or another entry"
              + " type).");
    }
    Optional<EntryType> csvType = EntryType.fromSlug(type == null ? "" : type);
    if (format.get() == SpreadsheetFormat.CSV && csvType.isEmpty()) {
      return Problem.of(
          Response.Status.BAD_REQUEST,
          "Which entry type?",
          "A CSV file holds one entry type: say which with ?type=, such as ?type=project (not "
              + Problem.quote(type)
              + ").");
    }
    if (headers.getLength() > SpreadsheetFormat.MAX_BYTES) {
      return tooLarge();
    }
    LimitedBody limited = new LimitedBody(body, SpreadsheetFormat.MAX_BYTES);
    byte[] file;
    try {
      file = limited.readAllBytes();
    } catch (IOException e) {
      return limited.wasExceeded()
          ? tooLarge()
          : Problem.of(
              Response.Status.BAD_REQUEST,
              "Upload cut off",
              "The file did not arrive whole; nothing was imported. Send it again.");
    }
    SpreadsheetReader.Read read = format.get().read(file, csvType.orElse(null));
    try {
      return Response.ok(ImportJson.outcome(importer.importRows(read, dryRun, done -> {})))
          .type(MediaType.APPLICATION_JSON_TYPE)
          .build();
    } catch (NothingStoredException e) {
      ImportOutcome outcome = e.outcome();
      return outcome.isValid()
          ? Response.ok(ImportJson.outcome(outcome)).type(MediaType.APPLICATION_JSON_TYPE).build()
          : Response.status(Response.Status.BAD_REQUEST)
              .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
              .entity(ImportJson.problems(outcome))
              .build();
    } catch (NotAllowedException e) {
      return Problem.of(Failure.ofStatus(403));
    }
  }

  private static MediaType mediaType(HttpHeaders headers) {
    try {
      return headers.getMediaType();
    } catch (RuntimeException e) {
      return null; // a Content-Type that is not a media type at all
    }
  }

  private static Response tooLarge() {
    return Problem.of(
        Response.Status.REQUEST_ENTITY_TOO_LARGE,
        "File too large",
        "A spreadsheet takes at most "
            + SpreadsheetFormat.MAX_BYTES / (1024 * 1024)
            + " MB; nothing was imported. Split it and import the parts.");
  }

  /** What an import did, and its problems, as JSON. */
  static final class ImportJson {

    private ImportJson() {}

    static String outcome(ImportOutcome outcome) {
      JsonArrayBuilder keys = Jsons.array();
      outcome.keys().forEach(keys::add);
      return Jsons.object()
          .add("stored", outcome.stored())
          .add("rows", outcome.rows())
          .add("created", outcome.created())
          .add("changed", outcome.changed())
          .add("unchanged", outcome.unchanged())
          .add("claims", outcome.claims())
          .add("entries", keys)
          .build()
          .toString();
    }

    static String problems(ImportOutcome outcome) {
      JsonArrayBuilder problems = Jsons.array();
      for (RowProblem p : outcome.problems().first()) {
        JsonObjectBuilder problem = Jsons.object().add("sheet", p.sheet()).add("row", p.row());
        if (p.column() != null) {
          problem.add("column", p.column());
        }
        problems.add(problem.add("message", p.message()));
      }
      long total = outcome.problems().total();
      return Jsons.object()
          .add("status", 400)
          .add("title", "The spreadsheet has problems")
          .add(
              "detail",
              total
                  + " problem(s)"
                  + (total > outcome.problems().first().size()
                      ? ", the first " + outcome.problems().first().size() + " listed"
                      : "")
                  + "; nothing was imported. Fix them and send the file again.")
          .add("total", total)
          .add("problems", problems)
          .build()
          .toString();
    }
  }
}
