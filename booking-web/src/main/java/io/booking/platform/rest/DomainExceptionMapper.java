package io.booking.platform.rest;

import io.booking.shared.domain.BusinessConflictException;
import io.booking.shared.domain.DomainException;
import io.booking.shared.domain.ForbiddenException;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.TooManyRequestsException;
import io.booking.shared.domain.UnauthenticatedException;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * The one place where a business reason becomes an HTTP status and a problem detail. It knows only
 * the shared exception families (io.booking.shared.domain); a context's exception gets its status
 * by the family it extends, and its problem type from its reason.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Override
  public Response toResponse(DomainException e) {
    Response response = problemFor(e).toResponse();
    return retryAfterSeconds(e)
        .map(seconds -> Response.fromResponse(response).header("Retry-After", seconds).build())
        .orElse(response);
  }

  /** The Retry-After of a refusal for asking too often: whole seconds, at least 1. */
  static Optional<Long> retryAfterSeconds(DomainException e) {
    return e instanceof TooManyRequestsException tooMany
        ? Optional.of(Math.max(1, tooMany.retryAfter().toSeconds()))
        : Optional.empty();
  }

  static Problem problemFor(DomainException e) {
    if (e instanceof InvalidInputException invalid) {
      return Problem.invalid(
          422,
          invalid.getMessage(),
          invalid.errors().stream().map(f -> new Problem.Field(f.field(), f.reason())).toList());
    }
    if (e instanceof UnknownObjectException) {
      return Problem.of(Status.NOT_FOUND, e.reason(), e.getMessage());
    }
    if (e instanceof BusinessConflictException) {
      return Problem.of(Status.CONFLICT, e.reason(), e.getMessage());
    }
    if (e instanceof UnauthenticatedException) {
      return Problem.of(Status.UNAUTHORIZED, e.reason(), e.getMessage());
    }
    if (e instanceof ForbiddenException) {
      return Problem.of(Status.FORBIDDEN, e.reason(), e.getMessage());
    }
    if (e instanceof TooManyRequestsException) {
      return Problem.of(Status.TOO_MANY_REQUESTS, e.reason(), e.getMessage());
    }
    return Problem.of(Status.BAD_REQUEST, e.reason(), e.getMessage());
  }
}
