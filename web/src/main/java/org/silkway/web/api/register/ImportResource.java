package org.silkway.web.api.register;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.silkway.core.register.ImportProblem;
import org.silkway.core.register.InvalidRegisterException;
import org.silkway.core.register.RegisterDocument;
import org.silkway.core.register.RegisterImporter;
import org.silkway.core.register.RegisterImporter.ImportResult;
import org.silkway.core.register.RegisterJsonReader;
import org.silkway.core.register.RegisterNotEmptyException;
import org.silkway.web.api.Problem;

/**
 * {@code POST /api/admin/import}: restores an exported register into an empty database. For
 * administrators: until Silkway has a login it is off unless {@code silkway.import.enabled=true}.
 */
@Path("admin/import")
public class ImportResource {

  static final String EDITOR = "import";

  @Inject
  @ConfigProperty(name = "silkway.import.enabled", defaultValue = "false")
  boolean enabled;

  @Inject RegisterImporter importer;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public Response importRegister(InputStream json) {
    if (!enabled) {
      return Problem.of(
          Response.Status.NOT_FOUND,
          "Import is off",
          "Set silkway.import.enabled=true (SILKWAY_IMPORT_ENABLED) to allow imports.");
    }
    try {
      RegisterDocument document = RegisterJsonReader.read(json);
      ImportResult result = importer.importIntoEmptyRegister(document, EDITOR);
      String body =
          Json.createObjectBuilder()
              .add("sources", result.sources())
              .add("entries", result.entries())
              .add("claims", result.claims())
              .build()
              .toString();
      return Response.ok(body, MediaType.APPLICATION_JSON).build();
    } catch (InvalidRegisterException e) {
      return invalid(e);
    } catch (RegisterNotEmptyException e) {
      return Problem.of(Response.Status.CONFLICT, "Register not empty", e.getMessage());
    }
  }

  /** 400 with every problem: where (entry, source, claim) and which field. */
  private static Response invalid(InvalidRegisterException e) {
    JsonArrayBuilder problems = Json.createArrayBuilder();
    for (ImportProblem p : e.problems()) {
      var problem = Json.createObjectBuilder().add("where", p.where()).add("message", p.message());
      if (p.field() != null) {
        problem.add("field", p.field());
      }
      problems.add(problem);
    }
    String body =
        Json.createObjectBuilder()
            .add("status", 400)
            .add("title", "Invalid register document")
            .add("detail", e.problems().size() + " problem(s); nothing was imported.")
            .add("problems", problems)
            .build()
            .toString();
    return Response.status(Response.Status.BAD_REQUEST)
        .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
        .entity(body)
        .build();
  }
}
