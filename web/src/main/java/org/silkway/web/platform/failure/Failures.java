package org.silkway.web.platform.failure;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import org.silkway.core.access.NotAllowedException;

/**
 * Turns whatever went wrong into a {@link Failure} a user may see, and logs the cause when the user
 * cannot act on it alone. The HTTP API and the HTML error pages both ask here, so a database outage
 * reads the same everywhere: 503, "the register is unavailable, try again shortly".
 */
public final class Failures {

  /**
   * Classes that mean "no connection to the database", named because they belong to the server or
   * to Hibernate, which this module does not compile against. A JTA {@code SystemException} is what
   * a commit throws when the connection died under it (PostgreSQL restarting): Payara logs the
   * driver's cause and hands on the exception without it, and Silkway's one data source is the only
   * resource a transaction here has.
   */
  private static final Set<String> CONNECTION_FAILURES =
      Set.of(
          "org.hibernate.exception.JDBCConnectionException",
          "jakarta.resource.spi.ResourceAllocationException",
          "com.sun.appserv.connectors.internal.api.PoolingException",
          "jakarta.transaction.SystemException");

  /** Exception classes that mean the request's page state is stale or forged. */
  private static final Set<String> EXPIRED_VIEWS =
      Set.of(
          "jakarta.faces.application.ViewExpiredException",
          "jakarta.faces.application.ProtectedViewException");

  private Failures() {}

  /**
   * @param request what was asked ("GET /api/export"), for the log only
   */
  public static Failure classify(Throwable error, String request) {
    if (isDatabaseUnavailable(error)) {
      // One log line per outage, not one per request (DatabaseOutage): the id names the episode.
      return Failure.databaseUnavailable(DatabaseOutage.failed(request, error));
    }
    if (anyCause(error, c -> c instanceof NotAllowedException)) {
      // A service refused the caller's role: the same 403 as a URL the role may not open.
      return Failure.ofStatus(403);
    }
    if (anyCause(error, c -> EXPIRED_VIEWS.contains(c.getClass().getName()))) {
      return Failure.pageExpired();
    }
    if (anyCause(error, Failures::isTooLarge)) {
      return Failure.tooLarge();
    }
    if (anyCause(error, Failures::isMalformedBody)
        || anyCause(error, Failures::isMalformedHeader)) {
      return Failure.malformed();
    }
    Optional<String> outage = DatabaseOutage.explains(request, error);
    if (outage.isPresent()) {
      return Failure.databaseUnavailable(outage.get());
    }
    String id = FailureLog.newId();
    FailureLog.log(Level.SEVERE, id, "unexpected failure of " + request, error);
    return Failure.internal(id);
  }

  /**
   * Records that the database did not answer a check that is not a user's request (the readiness
   * probe): part of the current outage, logged once with it.
   */
  public static void databaseUnavailable(String what, Throwable cause) {
    DatabaseOutage.failed(what, cause);
  }

  /**
   * A server error with no exception behind it (a servlet's own {@code sendError(5xx)}): logged
   * under the id the user is given, so that every error id a user reports is in the log.
   *
   * @param request what was asked, for the log only
   */
  public static Failure unexplained(int status, String request) {
    Optional<String> outage = DatabaseOutage.explains(request + " (" + status + ")", null);
    if (outage.isPresent()) {
      return Failure.databaseUnavailable(outage.get());
    }
    String id = FailureLog.newId();
    FailureLog.log(Level.WARNING, id, "answered " + status + " to " + request, null);
    return new Failure(status, Failure.internal(id).title(), Failure.internal(id).detail(), 0, id);
  }

  /** Whether the cause is that the database cannot be reached (down, restarting, pool empty). */
  static boolean isDatabaseUnavailable(Throwable error) {
    return anyCause(error, Failures::isConnectionFailure);
  }

  private static boolean isConnectionFailure(Throwable cause) {
    if (cause instanceof SQLTransientConnectionException
        || cause instanceof SQLNonTransientConnectionException
        || cause instanceof SQLRecoverableException
        || cause instanceof ConnectException
        || CONNECTION_FAILURES.contains(cause.getClass().getName())) {
      return true;
    }
    if (cause instanceof SQLException sql) {
      String state = sql.getSQLState();
      // 08: connection exception; 57P0x: PostgreSQL shutting down or starting up.
      if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
        return true;
      }
      String message = String.valueOf(sql.getMessage());
      return message.contains("allocating a connection");
    }
    return false;
  }

  private static boolean isTooLarge(Throwable cause) {
    String message = String.valueOf(cause.getMessage()).toLowerCase();
    return cause instanceof IllegalStateException
        && (message.contains("post too large") || message.contains("exceeds"));
  }

  private static boolean isMalformedBody(Throwable cause) {
    String name = cause.getClass().getName();
    String message = String.valueOf(cause.getMessage()).toLowerCase();
    return name.endsWith("MalformedStreamException")
        || message.contains("multipart")
        || name.equals("jakarta.json.stream.JsonParsingException");
  }

  /** A request header JAX-RS could not parse ({@code If-None-Match: junk}): the client's error. */
  private static boolean isMalformedHeader(Throwable cause) {
    return cause
        .getClass()
        .getName()
        .equals("org.glassfish.jersey.message.internal.HeaderValueException");
  }

  private interface CauseTest {
    boolean matches(Throwable cause);
  }

  /** Walks the cause chain (and SQL's "next exception" chain) once, guarding against loops. */
  private static boolean anyCause(Throwable error, CauseTest test) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    Throwable cause = error;
    while (cause != null && seen.put(cause, Boolean.TRUE) == null) {
      if (test.matches(cause)) {
        return true;
      }
      if (cause instanceof SQLException sql
          && sql.getNextException() != null
          && anyCause(sql.getNextException(), test)) {
        return true;
      }
      cause = cause.getCause();
    }
    return false;
  }
}
