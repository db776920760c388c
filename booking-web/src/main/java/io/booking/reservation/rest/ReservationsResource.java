package io.booking.reservation.rest;

import io.booking.identity.security.CurrentCaller;
import io.booking.platform.rest.MoneyJson;
import io.booking.reservation.application.BookingCommand;
import io.booking.reservation.application.BookingResult;
import io.booking.reservation.application.PaymentSummary;
import io.booking.reservation.application.ReservationService;
import io.booking.reservation.application.ReservationView;
import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.Channel;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's reservations. Another customer's reservation is answered 404, never 403. A
 * reservation's calendar file ({id}/ics) is notification's ReservationCalendarResource.
 */
@Path("v1/reservations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "reservations")
public class ReservationsResource {

  public record NewReservation(
      @Schema(required = true, example = "136") @NotNull(message = "is required") Long slotId,
      @Schema(required = true, example = "2") @NotNull(message = "is required")
          Integer partySize) {}

  public record ReservationJson(
      long id,
      @Schema(description = "Shown at the door", example = "K7QX2M4P") String code,
      @Schema(enumeration = {"HELD", "CONFIRMED", "CHECKED_IN", "NO_SHOW", "CANCELLED"})
          String status,
      long slotId,
      long venueId,
      String venueName,
      long offeringId,
      String offeringName,
      int partySize,
      OffsetDateTime start,
      OffsetDateTime end,
      String timeZone,
      OffsetDateTime freeCancellationUntil,
      MoneyJson price,
      // Not annotated, so that the document refers to ReservationPaymentJson (absent: paid at
      // the venue).
      ReservationPaymentJson payment) {

    static ReservationJson of(ReservationView r) {
      return new ReservationJson(
          r.id(),
          r.code(),
          r.status().name(),
          r.slotId(),
          r.venueId(),
          r.venueName(),
          r.offeringId(),
          r.offeringName(),
          r.partySize(),
          r.start().toOffsetDateTime(),
          r.end().toOffsetDateTime(),
          r.start().getZone().getId(),
          r.freeCancellationUntil().toOffsetDateTime(),
          MoneyJson.of(r.price()),
          r.payment() == null ? null : ReservationPaymentJson.of(r.payment()));
    }
  }

  /**
   * A booking's online payment on the wire. Every component annotated: Payara models a class no
   * method returns from its annotations only.
   */
  public record ReservationPaymentJson(
      @Schema(description = "The payment's id (GET /api/v1/payments/{id})") long id,
      @Schema(
              enumeration = {
                "PENDING",
                "SUCCEEDED",
                "FAILED",
                "CANCELLED",
                "REFUNDED",
                "PARTIALLY_REFUNDED"
              })
          String status,
      @Schema(description = "What is paid online", implementation = MoneyJson.class)
          MoneyJson amount,
      @Schema(
              description = "What the provider has refunded so far",
              implementation = MoneyJson.class)
          MoneyJson refunded,
      @Schema(description = "Where the customer pays while the payment is PENDING")
          String checkoutUrl) {

    static ReservationPaymentJson of(PaymentSummary p) {
      return new ReservationPaymentJson(
          p.id(),
          p.status(),
          MoneyJson.of(p.amount()),
          MoneyJson.of(p.refunded()),
          p.checkoutUrl());
    }
  }

  public record ReservationList(List<ReservationJson> items) {}

  @EJB ReservationService reservations;

  @Inject CurrentCaller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "bookSlot", summary = "Book places in a slot")
  @APIResponseSchema(
      value = ReservationJson.class,
      responseCode = "201",
      responseDescription =
          "The reservation, CONFIRMED (a repeat with the same key: the first one)")
  @APIResponse(
      responseCode = "409",
      description =
          "`slot-sold-out`, `slot-started`, `booking-closed` (inside the lead time),"
              + " `daily-booking-limit` (the customer holds as many bookings at the venue that day"
              + " as it allows), `idempotency-key-in-use` (the first request is still running) or `try-again`")
  @APIResponse(
      responseCode = "422",
      description = "A bad party size, an unknown slot, or the key reused with another body")
  public Response book(
      @NotNull(message = "is required") @Valid NewReservation body,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context UriInfo uri) {
    BookingCommand command =
        new BookingCommand(
            caller.accountId(), body.slotId(), body.partySize(), BookingSource.direct(Channel.API));
    BookingResult result = reservations.bookOnce(command, idempotencyKey);
    ReservationJson json = ReservationJson.of(result.reservation());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(json.id())).build())
        .entity(json)
        .header("Idempotent-Replayed", result.replayed())
        .build();
  }

  @GET
  @Operation(operationId = "listMyReservations", summary = "The caller's reservations")
  @APIResponseSchema(
      value = ReservationList.class,
      responseCode = "200",
      responseDescription = "The reservations")
  public ReservationList mine() {
    return new ReservationList(
        reservations.reservationsOf(caller.accountId()).stream().map(ReservationJson::of).toList());
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getReservation", summary = "One of the caller's reservations")
  @APIResponseSchema(
      value = ReservationJson.class,
      responseCode = "200",
      responseDescription = "The reservation")
  public ReservationJson one(@PathParam("id") long id) {
    return ReservationJson.of(reservations.reservation(caller.accountId(), id));
  }

  @POST
  @Path("{id}/cancel")
  @Operation(operationId = "cancelReservation", summary = "Cancel one of the caller's reservations")
  @APIResponseSchema(
      value = ReservationJson.class,
      responseCode = "200",
      responseDescription = "The reservation, CANCELLED; its places are free again")
  @APIResponse(
      responseCode = "409",
      description =
          "`cancellation-window-closed`, or `illegal-transition` (not cancellable any more)")
  public Response cancel(
      @PathParam("id") long id, @HeaderParam("Idempotency-Key") String idempotencyKey) {
    BookingResult result = reservations.cancelOnce(caller.accountId(), id, idempotencyKey);
    return Response.ok(ReservationJson.of(result.reservation()))
        .header("Idempotent-Replayed", result.replayed())
        .build();
  }
}
