package io.booking.shared.domain;

/** The object does not exist, or the caller may not know that it does. */
public class UnknownObjectException extends DomainException {

  public UnknownObjectException(String what, Object id) {
    super("not-found", "No " + what + " " + id + " was found.");
  }
}
