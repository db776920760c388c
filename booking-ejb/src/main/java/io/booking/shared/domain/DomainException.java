package io.booking.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * A business rule said no. Thrown as-is through EJB boundaries and always rolls the transaction
 * back, so a refused request leaves nothing half-done.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class DomainException extends RuntimeException {

  private final String reason;

  protected DomainException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** A short, stable, machine-readable name of the reason, such as {@code slot-sold-out}. */
  public String reason() {
    return reason;
  }
}
