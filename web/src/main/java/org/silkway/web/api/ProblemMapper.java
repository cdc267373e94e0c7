package org.silkway.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.silkway.web.platform.failure.Failure;
import org.silkway.web.platform.failure.Failures;

/**
 * Every exception that leaves a resource becomes Silkway's own problem response: a client error
 * keeps its status (404, 405, 415, ...) with Silkway's words instead of the framework's; anything
 * else is a 503 while the database is unreachable, or a 500 whose error id is in the log.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  @Context UriInfo uri;
  @Context Request request;

  @Override
  public Response toResponse(Throwable error) {
    if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      return Problem.of(Failure.ofStatus(web.getResponse().getStatus()));
    }
    return Problem.of(Failures.classify(error, request.getMethod() + " " + uri.getPath()));
  }
}
