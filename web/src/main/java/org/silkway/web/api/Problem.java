package org.silkway.web.api;

import jakarta.ws.rs.core.Response;
import org.silkway.web.platform.failure.Failure;
import org.silkway.web.platform.failure.ProblemJson;

/**
 * An error a client can act on, as RFC 9457 {@code application/problem+json}: a short title and a
 * detail that says what was wrong and what is accepted. Details quote a caller's input only through
 * {@link #quote}, so no answer carries markup or a megabyte of someone else's text.
 */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";

  private static final int QUOTE_LIMIT = 40;

  private Problem() {}

  public static Response of(Response.Status status, String title, String detail) {
    return of(new Failure(status.getStatusCode(), title, detail, 0, null));
  }

  /** The problem response for a failure, with its error id and, for a 503, Retry-After. */
  public static Response of(Failure failure) {
    Response.ResponseBuilder response =
        Response.status(failure.status())
            .type(MEDIA_TYPE + ";charset=UTF-8")
            .entity(ProblemJson.of(failure));
    if (failure.retryAfterSeconds() > 0) {
      response.header("Retry-After", failure.retryAfterSeconds());
    }
    return response.build();
  }

  /**
   * A caller's value as a detail may quote it: {@code 'fr'}. Anything but short plain letters,
   * digits and {@code -_.} is not repeated back, so no answer reflects markup, control characters
   * or long input.
   */
  public static String quote(String input) {
    if (input == null) {
      return "no value";
    }
    if (input.length() <= QUOTE_LIMIT && input.matches("[\\p{L}\\p{N}._-]*")) {
      return "'" + input + "'";
    }
    return "(not shown: not a plain word)";
  }
}
