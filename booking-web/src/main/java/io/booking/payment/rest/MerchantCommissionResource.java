package io.booking.payment.rest;

import io.booking.identity.security.CurrentCaller;
import io.booking.payment.application.Commissions;
import io.booking.payment.application.MerchantCommissionView;
import io.booking.payment.rest.CommissionResource.CommissionRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A merchant's own commission rate, which wins over the platform default while it exists;
 * administrators only (403 for anyone else).
 */
@Path("v1/admin/merchants/{merchantId}/commission")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "administration")
public class MerchantCommissionResource {

  public record MerchantCommissionJson(
      long merchantId,
      @Schema(description = "Basis points, 0 to 10000 (1000 is 10 %)") int basisPoints,
      @Schema(
              description = "Whose rate applies: the merchant's own or the platform default",
              enumeration = {"MERCHANT", "PLATFORM_DEFAULT"})
          String source) {

    static MerchantCommissionJson of(MerchantCommissionView v) {
      return new MerchantCommissionJson(
          v.merchantId(), v.basisPoints(), v.merchantRate() ? "MERCHANT" : "PLATFORM_DEFAULT");
    }
  }

  @EJB Commissions commissions;

  @Inject CurrentCaller caller;

  @GET
  @Operation(
      operationId = "getMerchantCommission",
      summary = "The commission rate a merchant pays (administrators)")
  @APIResponseSchema(
      value = MerchantCommissionJson.class,
      responseCode = "200",
      responseDescription = "The merchant's rate, its own or the default")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  public MerchantCommissionJson get(@PathParam("merchantId") long merchantId) {
    return MerchantCommissionJson.of(commissions.merchantRate(caller.accountId(), merchantId));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setMerchantCommission",
      summary = "Give a merchant its own commission rate (administrators)",
      description = "Applies to the merchant's releases from now on.")
  @APIResponseSchema(
      value = MerchantCommissionJson.class,
      responseCode = "200",
      responseDescription = "The merchant's own rate")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  @APIResponse(responseCode = "422", description = "`basisPoints` missing or not 0 to 10000")
  public MerchantCommissionJson set(
      @PathParam("merchantId") long merchantId,
      @NotNull(message = "is required") CommissionRequest body) {
    return MerchantCommissionJson.of(
        commissions.setMerchantRate(caller.accountId(), merchantId, body.basisPoints()));
  }

  @DELETE
  @Operation(
      operationId = "clearMerchantCommission",
      summary = "Take a merchant's own commission rate away (administrators)")
  @APIResponse(responseCode = "204", description = "Removed; the platform default applies")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  public Response clear(@PathParam("merchantId") long merchantId) {
    commissions.clearMerchantRate(caller.accountId(), merchantId);
    return Response.noContent().build();
  }
}
