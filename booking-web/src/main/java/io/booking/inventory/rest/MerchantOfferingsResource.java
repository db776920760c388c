package io.booking.inventory.rest;

import io.booking.catalog.application.MerchantCatalog;
import io.booking.catalog.application.OfferingSpec;
import io.booking.catalog.application.OfferingView;
import io.booking.catalog.rest.OfferingJson;
import io.booking.catalog.rest.OfferingPaymentJson;
import io.booking.identity.security.CurrentCaller;
import io.booking.inventory.application.MerchantSchedules;
import io.booking.platform.rest.MoneyJson;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What a merchant's venue sells: its offerings. An offering's capacity, lead time and horizon
 * decide its slots, so changing one is the inventory's use case (the upcoming slots follow, or the
 * change is refused); reading and adding go through the catalog. Another merchant's venue is 404.
 */
@Path("v1/merchant/venues/{venueId}/offerings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "merchant")
public class MerchantOfferingsResource {

  /** An offering as the merchant writes it; every bad field is named at once (422). */
  public record OfferingRequest(
      String name,
      Integer durationMinutes,
      Integer capacity,
      Integer maxPartySize,
      MoneyJson price,
      Integer cancellationHours,
      @Schema(description = "Booking closes this long before the start; 0 by default")
          Integer leadMinutes,
      @Schema(description = "Slots exist this many days ahead; 14 by default, at most 180")
          Integer horizonDays,
      // Left out: paid at the venue. Not annotated, so that the document refers to the schema.
      OfferingPaymentJson payment,
      @Schema(
              description =
                  "What a cancellation inside the cancellation window gets back, 0 to 100 percent;"
                      + " 0 by default")
          Integer lateCancelRefundPercent) {

    OfferingSpec spec() {
      return new OfferingSpec(
          name,
          durationMinutes,
          capacity,
          maxPartySize,
          price == null ? null : price.amount(),
          price == null ? null : price.currency(),
          cancellationHours,
          leadMinutes,
          horizonDays,
          payment == null && lateCancelRefundPercent == null
              ? null
              : new OfferingSpec.PaymentSpec(
                  payment == null ? null : payment.mode(),
                  payment == null ? null : payment.depositAmount(),
                  payment == null ? null : payment.depositPerPerson(),
                  lateCancelRefundPercent));
    }
  }

  public record OfferingList(List<OfferingJson> items) {}

  @EJB MerchantCatalog catalog;

  @EJB MerchantSchedules schedules;

  @Inject CurrentCaller caller;

  @Context UriInfo uri;

  @GET
  @Operation(operationId = "listOfferings", summary = "The venue's offerings")
  @APIResponseSchema(
      value = OfferingList.class,
      responseCode = "200",
      responseDescription = "The offerings")
  public OfferingList offerings(@PathParam("venueId") long venueId) {
    return new OfferingList(
        catalog.venueOf(caller.accountId(), venueId).offerings().stream()
            .map(OfferingJson::of)
            .toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "addOffering", summary = "Add an offering to the venue")
  @APIResponseSchema(
      value = OfferingJson.class,
      responseCode = "201",
      responseDescription = "The new offering")
  @APIResponse(responseCode = "422", description = "Fields not valid, each named")
  public Response addOffering(
      @PathParam("venueId") long venueId, @NotNull(message = "is required") OfferingRequest body) {
    OfferingView created = catalog.addOffering(caller.accountId(), venueId, body.spec());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(OfferingJson.of(created))
        .build();
  }

  @GET
  @Path("{offeringId}")
  @Operation(operationId = "getOffering", summary = "One of the venue's offerings")
  @APIResponseSchema(
      value = OfferingJson.class,
      responseCode = "200",
      responseDescription = "The offering")
  public OfferingJson offering(
      @PathParam("venueId") long venueId, @PathParam("offeringId") long offeringId) {
    OfferingView o = catalog.offeringOf(caller.accountId(), offeringId);
    if (o.venueId() != venueId) {
      throw new UnknownObjectException("offering", offeringId);
    }
    return OfferingJson.of(o);
  }

  @PUT
  @Path("{offeringId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateOffering",
      summary = "Change an offering",
      description =
          "Upcoming slots take the new capacity at once; a longer horizon opens its slots at"
              + " once.")
  @APIResponseSchema(
      value = OfferingJson.class,
      responseCode = "200",
      responseDescription = "The offering as it is now")
  @APIResponse(
      responseCode = "409",
      description = "`capacity-below-bookings`: an upcoming slot holds more than the new capacity")
  @APIResponse(responseCode = "422", description = "Fields not valid, each named")
  public OfferingJson updateOffering(
      @PathParam("venueId") long venueId,
      @PathParam("offeringId") long offeringId,
      @NotNull(message = "is required") OfferingRequest body) {
    return OfferingJson.of(
        schedules.updateOffering(caller.accountId(), venueId, offeringId, body.spec()));
  }
}
