package io.booking.platform.web;

import io.booking.identity.application.Caller;
import io.booking.identity.domain.Role;
import io.booking.platform.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who is signed in, for the pages. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject CurrentCaller caller;

  public boolean isSignedIn() {
    return caller.optional().isPresent();
  }

  public String getDisplayName() {
    return caller.optional().map(Caller::username).orElse("");
  }

  public boolean isMerchant() {
    return has(Role.MERCHANT);
  }

  public boolean isStaff() {
    return has(Role.STAFF);
  }

  public boolean isAdmin() {
    return has(Role.ADMIN);
  }

  private boolean has(Role role) {
    return caller.optional().map(c -> c.hasRole(role)).orElse(false);
  }

  public long accountId() {
    return caller.accountId();
  }
}
