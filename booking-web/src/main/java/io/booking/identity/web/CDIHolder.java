package io.booking.identity.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;

/** Static access to the security context for the static sign-in helper. */
final class CDIHolder {

  private CDIHolder() {}

  static SecurityContext security() {
    return CDI.current().select(SecurityContext.class).get();
  }
}
