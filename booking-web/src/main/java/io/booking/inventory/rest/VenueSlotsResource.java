package io.booking.inventory.rest;

import io.booking.inventory.application.AvailabilityService;
import io.booking.inventory.application.SlotView;
import io.booking.platform.rest.MoneyJson;
import io.booking.platform.rest.Params;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;

/** The free places of a venue's slots, day by day in the venue's time zone. */
@Path("v1/venues/{venueId}/slots")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class VenueSlotsResource {

  public record SlotJson(
      long id,
      long offeringId,
      OffsetDateTime start,
      OffsetDateTime end,
      int capacity,
      int available,
      MoneyJson price) {

    static SlotJson of(SlotView s) {
      return new SlotJson(
          s.id(),
          s.offeringId(),
          s.start().toOffsetDateTime(),
          s.end().toOffsetDateTime(),
          s.capacity(),
          s.available(),
          MoneyJson.of(s.price()));
    }
  }

  @EJB AvailabilityService availability;

  /** {@code from} defaults to today and {@code to} to {@code from}, both in the venue's zone. */
  @GET
  public List<SlotJson> slots(
      @PathParam("venueId") long venueId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("offeringId") String offeringId) {
    return availability
        .slotsOf(
            venueId,
            Params.date("from", from, null),
            Params.date("to", to, null),
            Params.id("offeringId", offeringId))
        .stream()
        .map(SlotJson::of)
        .toList();
  }
}
