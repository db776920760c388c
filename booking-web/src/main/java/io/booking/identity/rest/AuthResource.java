package io.booking.identity.rest;

import io.booking.identity.application.AccountService;
import io.booking.identity.application.IssuedToken;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** Exchanges a username and password for a bearer token. Failures are rate-limited. */
@Path("v1/auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

  public record Credentials(String username, String password) {}

  public record TokenResponse(String token, String tokenType, long expiresIn) {}

  @EJB AccountService accounts;

  @Context HttpServletRequest request;

  @jakarta.inject.Inject io.booking.platform.security.ClientAddress clients;

  @POST
  @Path("token")
  public TokenResponse token(@NotNull(message = "is required") Credentials body) {
    IssuedToken issued = accounts.signIn(body.username(), body.password(), clients.of(request));
    return new TokenResponse(issued.token(), "Bearer", issued.expiresInSeconds());
  }
}
