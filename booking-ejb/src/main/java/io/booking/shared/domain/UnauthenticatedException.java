package io.booking.shared.domain;

/**
 * The caller could not prove who they are (a wrong password, say). Each context that checks
 * credentials names its own reason; the web tier answers every one the same way (401).
 */
public abstract class UnauthenticatedException extends DomainException {

  protected UnauthenticatedException(String reason, String message) {
    super(reason, message);
  }
}
