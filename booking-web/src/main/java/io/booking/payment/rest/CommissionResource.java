package io.booking.payment.rest;

import io.booking.identity.security.CurrentCaller;
import io.booking.payment.application.CommissionView;
import io.booking.payment.application.Commissions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The platform's default commission rate, which every merchant without its own rate pays on each
 * release; administrators only (403 for anyone else).
 */
@Path("v1/admin/commission")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "administration")
public class CommissionResource {

  /** A commission rate as an administrator sets it. */
  public record CommissionRequest(
      @Schema(description = "Basis points, 0 to 10000 (1000 is 10 %)", example = "1000")
          Integer basisPoints) {}

  public record CommissionJson(
      @Schema(description = "Basis points, 0 to 10000 (1000 is 10 %)") int basisPoints,
      @Schema(description = "When an administrator last set it; absent for the installed rate")
          Instant updatedAt) {

    static CommissionJson of(CommissionView v) {
      return new CommissionJson(v.basisPoints(), v.updatedAt());
    }
  }

  @EJB Commissions commissions;

  @Inject CurrentCaller caller;

  @GET
  @Operation(
      operationId = "getDefaultCommission",
      summary = "The platform's default commission rate (administrators)")
  @APIResponseSchema(
      value = CommissionJson.class,
      responseCode = "200",
      responseDescription = "The default rate")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  public CommissionJson get() {
    return CommissionJson.of(commissions.platformDefault(caller.accountId()));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setDefaultCommission",
      summary = "Set the platform's default commission rate (administrators)",
      description = "Applies to releases from now on; what was released keeps its split.")
  @APIResponseSchema(
      value = CommissionJson.class,
      responseCode = "200",
      responseDescription = "The default rate as it is now")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  @APIResponse(responseCode = "422", description = "`basisPoints` missing or not 0 to 10000")
  public CommissionJson set(@NotNull(message = "is required") CommissionRequest body) {
    return CommissionJson.of(
        commissions.setPlatformDefault(caller.accountId(), body.basisPoints()));
  }
}
