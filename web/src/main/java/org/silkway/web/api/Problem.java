package org.silkway.web.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;

/**
 * An error a client can act on, as RFC 9457 {@code application/problem+json}: a short title and a
 * detail that says what was wrong and what is accepted.
 */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";

  private Problem() {}

  public static Response of(Response.Status status, String title, String detail) {
    String body =
        Json.createObjectBuilder()
            .add("status", status.getStatusCode())
            .add("title", title)
            .add("detail", detail)
            .build()
            .toString();
    return Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8").entity(body).build();
  }
}
