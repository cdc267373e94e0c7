package org.silkway.web.api.register;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.silkway.core.access.NotAllowedException;
import org.silkway.core.register.ImportProblem;
import org.silkway.core.register.InvalidRegisterException;
import org.silkway.core.register.RegisterDocument;
import org.silkway.core.register.RegisterImporter;
import org.silkway.core.register.RegisterImporter.ImportResult;
import org.silkway.core.register.RegisterJsonReader;
import org.silkway.core.register.RegisterNotEmptyException;
import org.silkway.web.api.Jsons;
import org.silkway.web.api.LimitedBody;
import org.silkway.web.api.Problem;
import org.silkway.web.platform.failure.Failure;

/**
 * {@code POST /api/admin/import}: restores an exported register into an empty database, in the name
 * of the administrator who sends it. For administrators only (the importer checks the role, and
 * {@code web.xml} keeps everyone else from the address): the role is the lock, and the importer
 * takes only an empty register, so there is no separate switch to remember to turn off again.
 *
 * <p>It takes a JSON body of at most {@code silkway.import.max-bytes} and reads it as it arrives,
 * so a larger one is refused before it is all read. Every refusal is {@code
 * application/problem+json} in Silkway's own words; a problem quotes at most a few words of the
 * body.
 */
@Path("admin/import")
public class ImportResource {

  private static final Logger LOG = Logger.getLogger(ImportResource.class.getName());

  /** One factory: {@code Jsons.object()} looks the provider up on every call. */

  /**
   * 64 MB, so that a register comes back from its own export: the largest measured, the synthetic
   * benchmark register (5,203 entries, 58,431 claims), exports to 52 MB and imports in under a
   * minute with a 512 MB heap (docs/measurements.md); an 8,478-entry register exported to 36 MB.
   * The old 20 MB refused both. The document is held in memory while it is checked, so a larger
   * limit wants a larger heap.
   */
  public static final String DEFAULT_MAX_BYTES = "67108864";

  @Inject
  @ConfigProperty(name = "silkway.import.max-bytes", defaultValue = DEFAULT_MAX_BYTES)
  long maxBytes;

  @Inject RegisterImporter importer;

  @POST
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public Response importRegister(@Context HttpHeaders headers, InputStream body) {
    if (!isUtf8Json(headers)) {
      return Problem.of(
          Response.Status.UNSUPPORTED_MEDIA_TYPE,
          "Not a JSON body",
          "Send the register document with Content-Type: application/json (UTF-8).");
    }
    if (headers.getLength() > maxBytes) {
      return tooLarge();
    }
    LimitedBody limited = new LimitedBody(body, maxBytes);
    try {
      RegisterDocument document = RegisterJsonReader.read(limited);
      ImportResult result = importer.importIntoEmptyRegister(document);
      String counts =
          Jsons.object()
              .add("sources", result.sources())
              .add("entries", result.entries())
              .add("claims", result.claims())
              .build()
              .toString();
      return Response.ok(counts, MediaType.APPLICATION_JSON).build();
    } catch (InvalidRegisterException e) {
      // A body cut off at the limit reads as broken JSON; the limit is the answer that helps.
      return limited.wasExceeded() ? tooLarge() : invalid(e);
    } catch (NotAllowedException e) {
      return Problem.of(Failure.ofStatus(403));
    } catch (RegisterNotEmptyException e) {
      return Problem.of(Response.Status.CONFLICT, "Register not empty", e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Import failed", e);
      return Problem.of(
          Response.Status.INTERNAL_SERVER_ERROR,
          "Import failed",
          "The server could not store the register; nothing was imported. The server log says"
              + " why.");
    }
  }

  /** JSON as the format writes it: {@code application/json}, in UTF-8 if a charset is named. */
  private static boolean isUtf8Json(HttpHeaders headers) {
    MediaType type;
    try {
      type = headers.getMediaType();
    } catch (RuntimeException e) {
      return false; // a Content-Type that is not a media type at all
    }
    if (type == null
        || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
        || type.isWildcardType()
        || type.isWildcardSubtype()) {
      return false;
    }
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    return charset == null || charset.equalsIgnoreCase(StandardCharsets.UTF_8.name());
  }

  private Response tooLarge() {
    return Problem.of(
        Response.Status.REQUEST_ENTITY_TOO_LARGE,
        "Document too large",
        "An import takes at most "
            + maxBytes
            + " bytes (silkway.import.max-bytes); nothing was imported.");
  }

  /** 400 with the first problems, each with where (entry, source, claim) and which field. */
  private static Response invalid(InvalidRegisterException e) {
    JsonArrayBuilder problems = Jsons.array();
    for (ImportProblem p : e.problems()) {
      JsonObjectBuilder problem =
          Jsons.object().add("where", p.where()).add("message", p.message());
      if (p.field() != null) {
        problem.add("field", p.field());
      }
      problems.add(problem);
    }
    String detail =
        e.isCut()
            ? "first " + e.problems().size() + " of " + e.total() + " problems shown"
            : e.total() + " problem(s)";
    String body =
        Jsons.object()
            .add("status", 400)
            .add("title", "Invalid register document")
            .add("detail", detail + "; nothing was imported.")
            .add("total", e.total())
            .add("problems", problems)
            .build()
            .toString();
    return Response.status(Response.Status.BAD_REQUEST)
        .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
        .entity(body)
        .build();
  }
}
