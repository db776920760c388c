package io.booking.shared.domain;

/** The caller is known but lacks the role this needs (an administrator's decision, say). */
public class ForbiddenException extends DomainException {

  public ForbiddenException(String message) {
    super("forbidden", message);
  }
}
