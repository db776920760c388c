package io.booking.identity.web;

import io.booking.identity.application.Caller;
import io.booking.identity.domain.Role;
import io.booking.identity.security.BookingAuthenticationMechanism;
import io.booking.identity.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** Who is signed in, for the pages. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject CurrentCaller caller;

  @Inject HttpServletRequest request;

  public boolean isSignedIn() {
    return shown().isPresent();
  }

  public String getDisplayName() {
    return shown().map(Caller::username).orElse("");
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
    return shown().map(c -> c.hasRole(role)).orElse(false);
  }

  /**
   * Who the page header shows. The container renders an error page (404, 403) after it has left the
   * request's security context, so there the session says who is signed in; that only picks the
   * header's links, and every action still asks {@link CurrentCaller}.
   */
  private Optional<Caller> shown() {
    Optional<Caller> signedIn = caller.optional();
    // The error status attribute, not the dispatcher type: the injected request is the one the
    // request began with, not the error dispatch's wrapper.
    return signedIn.isEmpty() && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null
        ? BookingAuthenticationMechanism.sessionCaller(request)
        : signedIn;
  }

  public long accountId() {
    return caller.accountId();
  }
}
