package io.booking.reservation.rest;

import io.booking.catalog.application.MerchantCatalog;
import io.booking.catalog.application.VenueView;
import io.booking.platform.rest.MoneyJson;
import io.booking.platform.rest.Params;
import io.booking.platform.security.CurrentCaller;
import io.booking.reservation.application.MerchantBookings;
import io.booking.reservation.rest.StaffDeskResource.DeskLine;
import io.booking.reservation.rest.StaffDeskResource.DeskList;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A merchant's own venues and their bookings (read side; creating and editing venues comes with the
 * merchant console). Another merchant's venue is 404.
 */
@Path("v1/merchant/venues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class MerchantVenuesResource {

  public record OfferingLine(
      long id, String name, int durationMinutes, int capacity, MoneyJson price) {}

  public record MerchantVenue(
      long id,
      String name,
      String category,
      String city,
      String timeZone,
      List<OfferingLine> offerings) {

    static MerchantVenue of(VenueView v) {
      return new MerchantVenue(
          v.id(),
          v.name(),
          v.category().name(),
          v.city(),
          v.timeZone().getId(),
          v.offerings().stream()
              .map(
                  o ->
                      new OfferingLine(
                          o.id(),
                          o.name(),
                          o.durationMinutes(),
                          o.capacity(),
                          MoneyJson.of(o.price())))
              .toList());
    }
  }

  public record MerchantVenueList(List<MerchantVenue> items) {}

  @EJB MerchantCatalog catalog;

  @EJB MerchantBookings bookings;

  @Inject CurrentCaller caller;

  @GET
  public MerchantVenueList mine() {
    return new MerchantVenueList(
        catalog.venuesOf(caller.accountId()).stream().map(MerchantVenue::of).toList());
  }

  @GET
  @Path("{venueId}")
  public MerchantVenue one(@PathParam("venueId") long venueId) {
    return MerchantVenue.of(catalog.venueOf(caller.accountId(), venueId));
  }

  /** The venue's bookings of a day; {@code date} defaults to today in the venue's zone. */
  @GET
  @Path("{venueId}/reservations")
  public DeskList reservations(
      @PathParam("venueId") long venueId, @QueryParam("date") String date) {
    long owner = caller.accountId();
    LocalDate day = Params.date("date", date, null);
    if (day == null) {
      day = bookings.today(owner, venueId);
    }
    return new DeskList(
        day.toString(),
        bookings.bookingsOn(owner, venueId, day).stream().map(DeskLine::of).toList());
  }
}
