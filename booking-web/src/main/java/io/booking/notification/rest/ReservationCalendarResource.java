package io.booking.notification.rest;

import io.booking.identity.security.CurrentCaller;
import io.booking.notification.application.CalendarEvent;
import io.booking.notification.application.CalendarFiles;
import io.booking.reservation.application.ReservationService;
import io.booking.reservation.application.ReservationView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One of the caller's reservations as an iCalendar file, for "add to calendar" (the confirmation
 * page links here). Calendar files are notification's, which reads the reservation's view; the path
 * stays under the reservation it describes. Another customer's reservation is 404.
 */
@Path("v1/reservations/{id}/ics")
@RequestScoped
@SecurityRequirement(name = "bearer")
@Tag(name = "reservations")
public class ReservationCalendarResource {

  @EJB ReservationService reservations;

  @Inject CurrentCaller caller;

  /** The reservation as an iCalendar file, in the venue's time zone. */
  @GET
  @Produces({"text/calendar", MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "getReservationCalendar",
      summary = "A reservation as a calendar file (RFC 5545), in the venue's time zone")
  @APIResponse(
      responseCode = "200",
      description = "The .ics file",
      content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
  public Response calendar(@PathParam("id") long id, @Context UriInfo uri) {
    ReservationView r = reservations.reservation(caller.accountId(), id);
    String ics =
        CalendarFiles.ics(
            new CalendarEvent(
                "reservation-" + r.code() + "@booking-platform",
                r.offeringName() + " · " + r.venueName(),
                "Reservation "
                    + r.code()
                    + " for "
                    + r.partySize()
                    + ". Show the code at the door.",
                r.venueAddress(),
                r.start(),
                r.end(),
                r.createdAt(),
                uri.getBaseUri().resolve("../account/confirmation.xhtml?id=" + r.id()).toString()));
    return Response.ok(ics, CalendarFiles.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"reservation-" + r.code() + ".ics\"")
        .build();
  }
}
