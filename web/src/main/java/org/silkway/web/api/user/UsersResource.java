package org.silkway.web.api.user;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.user.Role;
import org.silkway.core.user.User;
import org.silkway.core.user.UserAccounts;
import org.silkway.core.user.UserQuery;
import org.silkway.web.api.Jsons;
import org.silkway.web.api.Problem;

/**
 * {@code /api/admin/users}, for administrators' scripts: {@code GET} lists the users (name, role,
 * enabled, must change password; never a password or hash), {@code POST} with {@code {"username":
 * "...", "role": "editor|reviewer|admin", "password": "..."}} creates one who must change that
 * password at first sign-in (201, or 400 naming the field).
 */
@Path("admin/users")
public class UsersResource {

  private static final int MAX_LISTED = 100;

  @Inject UserAccounts accounts;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String list() {
    JsonArrayBuilder users = Jsons.array();
    for (User user : accounts.find(UserQuery.all(0, MAX_LISTED))) {
      users.add(
          Jsons.object()
              .add("username", user.username())
              .add("role", user.role().name().toLowerCase(Locale.ROOT))
              .add("enabled", user.isEnabled())
              .add("mustChangePassword", user.mustChangePassword()));
    }
    return Jsons.object()
        .add("total", accounts.count(UserQuery.all(0, 1)))
        .add("users", users)
        .build()
        .toString();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public Response create(InputStream body) {
    try {
      JsonObject json = JsonBodies.read(body);
      User user =
          accounts.create(
              JsonBodies.text(json, "username"),
              role(JsonBodies.text(json, "role")),
              JsonBodies.text(json, "password"));
      return Response.created(URI.create("/admin/user.xhtml?name=" + user.username()))
          .type(MediaType.APPLICATION_JSON)
          .entity(Jsons.object().add("username", user.username()).build().toString())
          .build();
    } catch (InvalidFieldException e) {
      return JsonBodies.invalid(e);
    }
  }

  private static Role role(String name) {
    if (name == null || name.isBlank()) {
      throw new InvalidFieldException("role", "Choose a role: editor, reviewer or admin");
    }
    for (Role role : Role.values()) {
      if (role.name().equalsIgnoreCase(name.strip())) {
        return role;
      }
    }
    throw new InvalidFieldException("role", "A role is editor, reviewer or admin");
  }
}
