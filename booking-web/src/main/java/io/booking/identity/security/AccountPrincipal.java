package io.booking.identity.security;

import io.booking.identity.application.Caller;
import jakarta.security.enterprise.CallerPrincipal;

/** The signed-in account, as the container knows it. */
public class AccountPrincipal extends CallerPrincipal {

  private final Caller caller;

  public AccountPrincipal(Caller caller) {
    super(caller.username());
    this.caller = caller;
  }

  public Caller caller() {
    return caller;
  }
}
