package io.booking.identity.domain;

import io.booking.shared.domain.UnauthenticatedException;

/** Wrong username or password; deliberately does not say which. */
public class AuthenticationFailedException extends UnauthenticatedException {

  public AuthenticationFailedException() {
    super("authentication-failed", "The username or password is wrong.");
  }
}
