package io.booking.reservation.rest;

import io.booking.platform.rest.Params;
import io.booking.platform.security.CurrentCaller;
import io.booking.reservation.application.CheckInResult;
import io.booking.reservation.application.DeskDay;
import io.booking.reservation.application.DeskEntry;
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
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The staff desk of a venue. A venue the caller does not work at is 404. */
@Path("v1/staff/venues/{venueId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class StaffDeskResource {

  public record DeskLine(
      long reservationId,
      String code,
      OffsetDateTime start,
      String offeringName,
      int partySize,
      String customerName,
      String status,
      boolean walkIn) {

    public static DeskLine of(DeskEntry e) {
      return new DeskLine(
          e.reservationId(),
          e.code(),
          e.start().toOffsetDateTime(),
          e.offeringName(),
          e.partySize(),
          e.customerName(),
          e.status().name(),
          e.walkIn());
    }
  }

  public record DeskList(String date, List<DeskLine> items) {}

  public record CheckIn(
      @NotNull(message = "is required") @Pattern(regexp = ".*\\S.*", message = "is required")
          String code) {}

  /** A guest at the door without an account: a slot of today that has not ended, for how many. */
  public record NewWalkIn(
      @NotNull(message = "is required") Long slotId,
      @NotNull(message = "is required") Integer partySize,
      @NotNull(message = "is required") @Pattern(regexp = ".*\\S.*", message = "is required")
          String guestName) {}

  public record CheckInJson(
      long reservationId, String code, String status, boolean alreadyCheckedIn) {

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
  public DeskList reservations(
      @PathParam("venueId") long venueId, @QueryParam("date") String date) {
    DeskDay day = desk.reservationsOn(caller.accountId(), venueId, Params.date("date", date, null));
    return new DeskList(day.date().toString(), day.items().stream().map(DeskLine::of).toList());
  }

  @GET
  @Path("reservations/{reservationId}")
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
