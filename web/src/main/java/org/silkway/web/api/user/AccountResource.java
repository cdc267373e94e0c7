package org.silkway.web.api.user;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.web.api.Problem;
import org.silkway.web.platform.failure.Failure;
import org.silkway.web.security.OwnPassword;

/**
 * {@code POST /api/account/password} with {@code {"current": "...", "password": "..."}}: a
 * signed-in user (any role) changes their own password, as on the password page; for scripts, and
 * the one thing the admin API lets a user do before changing a password an administrator set. 204
 * on success (the user's other sessions end), 400 naming the field otherwise, 429 with {@code
 * Retry-After} after too many wrong current passwords from this client.
 */
@Path("account/password")
public class AccountResource {

  @Inject OwnPassword ownPassword;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(Problem.MEDIA_TYPE)
  public Response changePassword(InputStream body) {
    try {
      JsonObject json = JsonBodies.read(body);
      ownPassword.change(
          request, JsonBodies.text(json, "current"), JsonBodies.text(json, "password"));
      return Response.noContent().build();
    } catch (InvalidFieldException e) {
      return JsonBodies.invalid(e);
    } catch (OwnPassword.TooManyWrongPasswords e) {
      long seconds = Math.max(1, e.waitFor().toSeconds());
      return Problem.of(
          new Failure(
              429,
              "Too many wrong passwords",
              e.getMessage(),
              (int) Math.min(Integer.MAX_VALUE, seconds),
              null));
    }
  }
}
