package org.silkway.web.api;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.silkway.web.platform.failure.Failure;
import org.silkway.web.platform.failure.Failures;

/**
 * A transaction that failed around a resource (a commit cut by a database restart) is answered like
 * every other failure: a 503 with {@code Retry-After} while the database is unreachable, else
 * Silkway's 500 with an error id.
 *
 * <p>Why a mapper of its own: Payara's Jersey registers {@code TransactionalExceptionMapper}
 * (jersey-cdi1x-transaction) for exactly this type, and Jersey takes the mapper whose type is
 * nearest to the exception's, so {@link ProblemMapper} ({@code Throwable}) never saw it. Jersey's
 * mapper only unwraps a {@code WebApplicationException} and otherwise rethrows, which the container
 * answers with a bare 500. Between two mappers of the same type Jersey keeps the one with the lower
 * {@code @Priority} value; Jersey's has none (5000), so this one wins.
 */
@Provider
@Priority(TransactionFailureMapper.PRIORITY)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

  /** Below Jersey's default rank of 5000, which its own mapper for this type has. */
  static final int PRIORITY = 100;

  @Context UriInfo uri;
  @Context Request request;

  @Override
  public Response toResponse(TransactionalException error) {
    return Problem.of(failure(error, request.getMethod() + " " + uri.getPath()));
  }

  /** What the caller is told, by the same rules as every other failure. */
  static Failure failure(TransactionalException error, String request) {
    return Failures.classify(error, request);
  }
}
