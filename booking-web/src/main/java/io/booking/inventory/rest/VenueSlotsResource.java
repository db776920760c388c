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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The free places of a venue's slots, day by day in the venue's time zone. */
@Path("v1/venues/{venueId}/slots")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "venues")
public class VenueSlotsResource {

  public record SlotJson(
      long id,
      long offeringId,
      @Schema(description = "In the venue's offset") OffsetDateTime start,
      OffsetDateTime end,
      int capacity,
      @Schema(description = "Places still free") int available,
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
  @Operation(
      operationId = "listSlots",
      summary = "A venue's slots and their free places",
      description = "Slots not yet started, day by day in the venue's time zone; at most 31 days.")
  @APIResponseSchema(
      value = SlotJson[].class,
      responseCode = "200",
      responseDescription = "The slots, by start")
  @APIResponse(
      responseCode = "422",
      description = "`to` before `from`, or more than 31 days asked at once")
  public List<SlotJson> slots(
      @PathParam("venueId") long venueId,
      @Parameter(
              description = "The first local date (YYYY-MM-DD); today in the venue's zone",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "The last local date (YYYY-MM-DD); `from` when left out",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("to")
          String to,
      @Parameter(
              description = "Only this offering's slots",
              schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @QueryParam("offeringId")
          String offeringId) {
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
