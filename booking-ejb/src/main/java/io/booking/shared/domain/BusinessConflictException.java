package io.booking.shared.domain;

/** The request is well-formed but the current state of things does not allow it. */
public class BusinessConflictException extends DomainException {

  public BusinessConflictException(String reason, String message) {
    super(reason, message);
  }
}
