package io.booking.identity.domain;

import io.booking.shared.domain.DomainException;

/** Wrong username or password; deliberately does not say which. */
public class AuthenticationFailedException extends DomainException {

  public AuthenticationFailedException() {
    super("authentication-failed", "The username or password is wrong.");
  }
}
