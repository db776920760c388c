package io.booking.identity.security;

import io.booking.identity.application.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Optional;

/** Who is calling in this request; resources that need a caller ask here and get a 401 if none. */
@RequestScoped
public class CurrentCaller {

  @Inject SecurityContext security;

  public Optional<Caller> optional() {
    return security.getPrincipalsByType(AccountPrincipal.class).stream()
        .findFirst()
        .map(AccountPrincipal::caller);
  }

  public Caller required() {
    return optional().orElseThrow(() -> new NotAuthorizedException("Bearer"));
  }

  public long accountId() {
    return required().accountId();
  }
}
