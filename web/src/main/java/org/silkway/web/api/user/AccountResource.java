package org.silkway.web.api.user;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.user.UserAccounts;
import org.silkway.web.api.Problem;

/**
 * {@code POST /api/account/password} with {@code {"current": "...", "password": "..."}}: a
 * signed-in user (any role) changes their own password, as on the password page; for scripts, and
 * the one thing the admin API lets a user do before changing a password an administrator set. 204
 * on success, 400 naming the field otherwise.
 */
@Path("account/password")
public class AccountResource {

  @Inject UserAccounts accounts;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(Problem.MEDIA_TYPE)
  public Response changePassword(InputStream body) {
    try {
      JsonObject json = JsonBodies.read(body);
      accounts.changeOwnPassword(
          JsonBodies.text(json, "current"), JsonBodies.text(json, "password"));
      return Response.noContent().build();
    } catch (InvalidFieldException e) {
      return JsonBodies.invalid(e);
    }
  }
}
