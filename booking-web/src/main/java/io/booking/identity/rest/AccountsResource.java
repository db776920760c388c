package io.booking.identity.rest;

import io.booking.identity.application.AccountService;
import io.booking.identity.application.AccountView;
import io.booking.identity.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class AccountsResource {

  /** The registration form. */
  public record Registration(String username, String email, String password, String displayName) {}

  /** An account as the API shows it. */
  public record AccountResponse(
      long id, String username, String email, String displayName, List<String> roles) {

    static AccountResponse of(AccountView a) {
      return new AccountResponse(
          a.id(),
          a.username(),
          a.email(),
          a.displayName(),
          a.roles().stream().map(Enum::name).sorted().toList());
    }
  }

  @EJB AccountService accounts;

  @Inject CurrentCaller caller;

  @Context UriInfo uri;

  @Context jakarta.servlet.http.HttpServletRequest request;

  @Inject io.booking.platform.security.ClientAddress clients;

  @POST
  @Operation(operationId = "register", summary = "Register a customer account")
  @APIResponseSchema(
      value = AccountResponse.class,
      responseCode = "201",
      responseDescription = "The account; Location is /api/v1/accounts/me")
  @APIResponse(responseCode = "409", description = "`username-taken` or `email-taken`")
  @APIResponse(responseCode = "422", description = "Fields not valid, each named")
  public Response register(@NotNull(message = "is required") @Valid Registration body) {
    AccountView created =
        accounts.register(
            body.username(),
            body.email(),
            body.password(),
            body.displayName(),
            clients.of(request));
    return Response.created(uri.getBaseUriBuilder().path("v1/accounts/me").build())
        .entity(AccountResponse.of(created))
        .build();
  }

  @GET
  @Path("me")
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "getMyAccount", summary = "The caller's account")
  @APIResponseSchema(
      value = AccountResponse.class,
      responseCode = "200",
      responseDescription = "The account")
  public AccountResponse me() {
    return AccountResponse.of(accounts.account(caller.accountId()));
  }
}
