package io.booking.reservation.rest;

import io.booking.identity.security.CurrentCaller;
import io.booking.platform.rest.Params;
import io.booking.reservation.application.CheckInResult;
import io.booking.reservation.application.DeskDay;
import io.booking.reservation.application.StaffDesk;
import io.booking.reservation.application.WalkIn;
import io.booking.reservation.application.WalkInResult;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The staff desk of a venue. A venue the caller does not work at is 404. */
@Path("v1/staff/venues/{venueId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "staff desk")
public class StaffDeskResource {

  public record CheckIn(
      @Schema(required = true, example = "K7QX2M4P")
          @NotNull(message = "is required")
          @Pattern(regexp = ".*\\S.*", message = "is required")
          String code) {}

  /** A guest at the door without an account: a slot of today that has not ended, for how many. */
  public record NewWalkIn(
      @Schema(required = true) @NotNull(message = "is required") Long slotId,
      @Schema(required = true) @NotNull(message = "is required") Integer partySize,
      @Schema(required = true)
          @NotNull(message = "is required")
          @Pattern(regexp = ".*\\S.*", message = "is required")
          String guestName) {}

  public record CheckInJson(
      long reservationId,
      String code,
      String status,
      @Schema(description = "true when it was checked in before this call")
          boolean alreadyCheckedIn) {

    static CheckInJson of(CheckInResult r) {
      return new CheckInJson(r.reservationId(), r.code(), r.status().name(), r.alreadyCheckedIn());
    }
  }

  @EJB StaffDesk desk;

  @Inject CurrentCaller caller;

  @Context UriInfo uri;

  /** The day's bookings; {@code date} defaults to today in the venue's zone. */
  @GET
  @Path("reservations")
  @Operation(operationId = "listDeskDay", summary = "The desk's list of a day")
  @APIResponseSchema(
      value = DeskList.class,
      responseCode = "200",
      responseDescription = "The day's bookings, by start")
  public DeskList reservations(
      @PathParam("venueId") long venueId, @QueryParam("date") String date) {
    DeskDay day = desk.reservationsOn(caller.accountId(), venueId, Params.date("date", date, null));
    return new DeskList(day.date().toString(), day.items().stream().map(DeskLine::of).toList());
  }

  @GET
  @Path("reservations/{reservationId}")
  @Operation(operationId = "getDeskReservation", summary = "One booking of the venue")
  @APIResponseSchema(
      value = DeskLine.class,
      responseCode = "200",
      responseDescription = "The booking")
  public DeskLine reservation(
      @PathParam("venueId") long venueId, @PathParam("reservationId") long reservationId) {
    return DeskLine.of(desk.reservation(caller.accountId(), venueId, reservationId));
  }

  /**
   * Books a walk-in: a guest without an account at the door, into one of today's slots that has not
   * ended; checked in at once. 409 when sold out, over or not today; 404 for a slot elsewhere. With
   * an Idempotency-Key, a repeat returns the first walk-in (Idempotent-Replayed: true).
   */
  @POST
  @Path("walk-ins")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "bookWalkIn",
      summary = "Book a guest at the door into one of today's running slots; checked in at once")
  @APIResponseSchema(
      value = DeskLine.class,
      responseCode = "201",
      responseDescription = "The desk line, CHECKED_IN (a repeat with the same key: the first one)")
  @APIResponse(
      responseCode = "409",
      description = "`slot-sold-out`, `slot-over` (ended) or `not-today`")
  @APIResponse(
      responseCode = "422",
      description = "A bad party size, no guest name, or the key reused with another body")
  public Response walkIn(
      @PathParam("venueId") long venueId,
      @NotNull(message = "is required") @Valid NewWalkIn body,
      @HeaderParam("Idempotency-Key") String idempotencyKey) {
    WalkInResult result =
        desk.walkInOnce(
            caller.accountId(),
            venueId,
            new WalkIn(body.slotId(), body.partySize(), body.guestName()),
            idempotencyKey);
    DeskLine line = DeskLine.of(result.entry());
    return Response.created(
            uri.getBaseUriBuilder()
                .path(StaffDeskResource.class)
                .path("reservations")
                .path(String.valueOf(line.reservationId()))
                .build(venueId))
        .entity(line)
        .header("Idempotent-Replayed", result.replayed())
        .build();
  }

  /**
   * Marks a customer who did not come; allowed once the grace period after the start has passed.
   */
  @POST
  @Path("reservations/{reservationId}/no-show")
  @Operation(operationId = "markNoShow", summary = "Mark a booking whose guest did not come")
  @APIResponseSchema(
      value = DeskLine.class,
      responseCode = "200",
      responseDescription = "The desk line, NO_SHOW")
  @APIResponse(
      responseCode = "409",
      description =
          "`too-early-for-no-show` (within the grace period after the start) or"
              + " `illegal-transition`")
  public Response noShow(
      @PathParam("venueId") long venueId,
      @PathParam("reservationId") long reservationId,
      @HeaderParam("Idempotency-Key") String idempotencyKey) {
    var outcome = desk.markNoShowOnce(caller.accountId(), venueId, reservationId, idempotencyKey);
    return Response.ok(DeskLine.of(outcome.value()))
        .header("Idempotent-Replayed", outcome.replayed())
        .build();
  }

  @POST
  @Path("checkins")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "checkIn", summary = "Check a guest in by the code they show")
  @APIResponseSchema(
      value = CheckInJson.class,
      responseCode = "200",
      responseDescription = "Checked in (or checked in already)")
  @APIResponse(
      responseCode = "409",
      description = "`wrong-venue`, `wrong-day` or `not-checkable` (cancelled, no-show)")
  @APIResponse(
      responseCode = "404",
      description = "No booking has this code, or the caller does not work at the venue")
  @APIResponse(responseCode = "422", description = "No code")
  public Response checkIn(
      @PathParam("venueId") long venueId,
      @NotNull(message = "is required") @Valid CheckIn body,
      @HeaderParam("Idempotency-Key") String idempotencyKey) {
    var outcome = desk.checkInOnce(caller.accountId(), venueId, body.code(), idempotencyKey);
    return Response.ok(CheckInJson.of(outcome.value()))
        .header("Idempotent-Replayed", outcome.replayed())
        .build();
  }
}
