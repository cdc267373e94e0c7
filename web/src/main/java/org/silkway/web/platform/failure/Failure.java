package org.silkway.web.platform.failure;

/**
 * A failed request as a user is told about it: an HTTP status, a short title and a sentence that
 * says what to do. Never holds anything of the cause (no class names, SQL or stack traces): those
 * go to the log under {@link #id()}.
 *
 * @param retryAfterSeconds for a 503, how long a client should wait; 0 when not applicable
 * @param id the id printed to the user and carried by the log line; null when nothing was logged
 */
public record Failure(int status, String title, String detail, int retryAfterSeconds, String id) {

  /** The wait a client is told while the database is unreachable. */
  public static final int DATABASE_RETRY_SECONDS = 10;

  static Failure databaseUnavailable(String id) {
    return new Failure(
        503,
        "The register is unavailable",
        "The register is unavailable, try again shortly.",
        DATABASE_RETRY_SECONDS,
        id);
  }

  static Failure internal(String id) {
    return new Failure(
        500,
        "Something went wrong",
        "Silkway could not complete this request. Try again; if it keeps failing, give the"
            + " administrator the error id "
            + id
            + ".",
        0,
        id);
  }

  static Failure pageExpired() {
    return new Failure(
        400,
        "This page expired",
        "This page expired or its form was not one Silkway issued. Reload it and try again.",
        0,
        null);
  }

  static Failure tooLarge() {
    return new Failure(
        413, "Request too large", "The request is larger than Silkway accepts.", 0, null);
  }

  static Failure malformed() {
    return new Failure(
        400,
        "Malformed request",
        "Silkway could not read this request. Check its format and try again.",
        0,
        null);
  }

  /** A failure that needs no log: the status says it all (404, 405, 415, ...). */
  public static Failure ofStatus(int status) {
    return switch (status) {
      case 400 -> malformed();
      case 401 ->
          new Failure(
              401,
              "Sign in required",
              "Sign in to use this address: scripts send a user name and password with HTTP Basic;"
                  + " people use the sign-in page.",
              0,
              null);
      case 403 ->
          new Failure(
              403,
              "Not allowed",
              "Your role does not allow this. Ask an administrator if you need it; a user whose"
                  + " password was set by an administrator must first change it.",
              0,
              null);
      case 404 ->
          new Failure(
              404,
              "Not found",
              "Silkway has nothing at this address. Check the link, or start from the home page.",
              0,
              null);
      case 405 ->
          new Failure(
              405, "Method not allowed", "This address does not accept this method.", 0, null);
      case 406 ->
          new Failure(
              406,
              "Not acceptable",
              "Silkway cannot answer in the format this request asks for.",
              0,
              null);
      case 413 -> tooLarge();
      case 415 ->
          new Failure(
              415,
              "Unsupported media type",
              "This address does not accept a body of this content type.",
              0,
              null);
      case 503 -> databaseUnavailable(null);
      default ->
          status >= 500
              ? Failures.unexplained(status, "a request")
              : new Failure(
                  status, "Request refused", "Silkway could not accept this request.", 0, null);
    };
  }

  public boolean isServerError() {
    return status >= 500;
  }
}
