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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Exchanges a username and password for a bearer token. Failures are rate-limited. */
@Path("v1/auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class AuthResource {

  public record Credentials(
      @Schema(example = "diner") String username, @Schema(example = "demo-2026") String password) {}

  public record TokenResponse(
      @Schema(description = "Send as `Authorization: Bearer <token>`") String token,
      @Schema(example = "Bearer") String tokenType,
      @Schema(format = "int64", description = "Seconds until the token expires") long expiresIn) {}

  @EJB AccountService accounts;

  @Context HttpServletRequest request;

  @jakarta.inject.Inject io.booking.platform.security.ClientAddress clients;

  @POST
  @Path("token")
  @Operation(operationId = "issueToken", summary = "Sign in: a bearer token for a password")
  @APIResponseSchema(
      value = TokenResponse.class,
      responseCode = "200",
      responseDescription = "The token")
  @APIResponse(
      responseCode = "401",
      description = "`authentication-failed`: wrong username or password")
  @APIResponse(
      responseCode = "429",
      description =
          "`too-many-attempts`: too many failed sign-ins; `Retry-After` says when to retry")
  public TokenResponse token(@NotNull(message = "is required") Credentials body) {
    IssuedToken issued = accounts.signIn(body.username(), body.password(), clients.of(request));
    return new TokenResponse(issued.token(), "Bearer", issued.expiresInSeconds());
  }
}
