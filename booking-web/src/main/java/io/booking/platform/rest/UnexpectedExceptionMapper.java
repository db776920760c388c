package io.booking.platform.rest;

import io.booking.shared.domain.DomainException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLTransactionRollbackException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. A concurrent update is a 409 the client can retry (so is a transaction the
 * database rolled back as a deadlock victim or a serialization failure); a real fault is logged
 * with an incident id and answered 500 with that id only, never with a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DomainException domain) {
        return new DomainExceptionMapper().toResponse(domain);
      }
      if (t instanceof OptimisticLockException
          || t instanceof PessimisticLockException
          || t instanceof SQLTransactionRollbackException) {
        if (t instanceof SQLTransactionRollbackException) {
          // Retryable for the client, but a sign of two paths locking in different orders.
          LOG.log(Level.WARNING, "The database rolled a transaction back: " + t.getMessage());
        }
        return Problem.of(
                Status.CONFLICT,
                "concurrent-update",
                "Someone else changed this at the same moment; please try again.")
            .toResponse();
      }
    }
    return internalError(e);
  }

  static Response internalError(Throwable e) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident, e);
    return Problem.of(
            Status.INTERNAL_SERVER_ERROR,
            "internal-error",
            "Something went wrong on our side; nothing was changed. Please try again. Incident "
                + incident
                + ".")
        .toResponse();
  }
}
