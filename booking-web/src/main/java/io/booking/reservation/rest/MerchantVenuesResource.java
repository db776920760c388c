package io.booking.reservation.rest;

import io.booking.catalog.application.MerchantCatalog;
import io.booking.catalog.application.OfferingSpec;
import io.booking.catalog.application.OfferingView;
import io.booking.catalog.application.VenuePhotos;
import io.booking.catalog.application.VenueSpec;
import io.booking.catalog.application.VenueStaff;
import io.booking.catalog.application.VenueView;
import io.booking.catalog.rest.VenuesResource.OfferingJson;
import io.booking.identity.application.AccountView;
import io.booking.inventory.application.MerchantSchedules;
import io.booking.platform.rest.MoneyJson;
import io.booking.platform.rest.Params;
import io.booking.platform.security.CurrentCaller;
import io.booking.reservation.application.DeskDay;
import io.booking.reservation.application.MerchantBookings;
import io.booking.reservation.rest.StaffDeskResource.DeskLine;
import io.booking.reservation.rest.StaffDeskResource.DeskList;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A merchant's own venues, their offerings and bookings. Another merchant's venue is 404. */
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

  /** An offering as the merchant writes it. */
  public record OfferingRequest(
      String name,
      Integer durationMinutes,
      Integer capacity,
      Integer maxPartySize,
      MoneyJson price,
      Integer cancellationHours,
      Integer leadMinutes,
      Integer horizonDays) {

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
          horizonDays);
    }
  }

  public record OfferingList(List<OfferingJson> items) {}

  @EJB MerchantCatalog catalog;

  @EJB MerchantSchedules schedules;

  @EJB VenueStaff staff;

  public record Invitation(String username) {}

  public record StaffMember(long accountId, String username, String displayName) {

    static StaffMember of(AccountView a) {
      return new StaffMember(a.id(), a.username(), a.displayName());
    }
  }

  public record StaffList(List<StaffMember> items) {}

  @Context UriInfo uri;

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

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@NotNull(message = "is required") VenueSpec body) {
    VenueView created = catalog.createVenue(caller.accountId(), body);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(MerchantVenue.of(created))
        .build();
  }

  @PUT
  @Path("{venueId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public MerchantVenue update(
      @PathParam("venueId") long venueId, @NotNull(message = "is required") VenueSpec body) {
    return MerchantVenue.of(catalog.updateVenue(caller.accountId(), venueId, body));
  }

  @GET
  @Path("{venueId}/staff")
  public StaffList staff(@PathParam("venueId") long venueId) {
    return new StaffList(
        staff.staffOf(caller.accountId(), venueId).stream().map(StaffMember::of).toList());
  }

  @POST
  @Path("{venueId}/staff")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response invite(
      @PathParam("venueId") long venueId, @NotNull(message = "is required") Invitation body) {
    StaffMember member = StaffMember.of(staff.invite(caller.accountId(), venueId, body.username()));
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(member.accountId())).build())
        .entity(member)
        .build();
  }

  @DELETE
  @Path("{venueId}/staff/{accountId}")
  public Response removeStaff(
      @PathParam("venueId") long venueId, @PathParam("accountId") long accountId) {
    staff.remove(caller.accountId(), venueId, accountId);
    return Response.noContent().build();
  }

  @GET
  @Path("{venueId}/offerings")
  public OfferingList offerings(@PathParam("venueId") long venueId) {
    return new OfferingList(
        catalog.venueOf(caller.accountId(), venueId).offerings().stream()
            .map(OfferingJson::of)
            .toList());
  }

  @POST
  @Path("{venueId}/offerings")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addOffering(
      @PathParam("venueId") long venueId, @NotNull(message = "is required") OfferingRequest body) {
    OfferingView created = catalog.addOffering(caller.accountId(), venueId, body.spec());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(OfferingJson.of(created))
        .build();
  }

  @GET
  @Path("{venueId}/offerings/{offeringId}")
  public OfferingJson offering(
      @PathParam("venueId") long venueId, @PathParam("offeringId") long offeringId) {
    OfferingView o = catalog.offeringOf(caller.accountId(), offeringId);
    if (o.venueId() != venueId) {
      throw new io.booking.shared.domain.UnknownObjectException("offering", offeringId);
    }
    return OfferingJson.of(o);
  }

  @PUT
  @Path("{venueId}/offerings/{offeringId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public OfferingJson updateOffering(
      @PathParam("venueId") long venueId,
      @PathParam("offeringId") long offeringId,
      @NotNull(message = "is required") OfferingRequest body) {
    return OfferingJson.of(
        schedules.updateOffering(caller.accountId(), venueId, offeringId, body.spec()));
  }

  @EJB VenuePhotos photos;

  public record PhotoJson(long id, String url) {}

  /**
   * Adds a photo: the body is the JPEG or PNG itself. At most {@link VenuePhotos#MAX_BYTES} are
   * read, so an oversized upload is refused without being held in memory whole.
   */
  @POST
  @Path("{venueId}/photos")
  @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
  public Response addPhoto(@PathParam("venueId") long venueId, java.io.InputStream body)
      throws java.io.IOException {
    byte[] bytes = body.readNBytes(VenuePhotos.MAX_BYTES + 1);
    long id = photos.add(caller.accountId(), venueId, bytes);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(new PhotoJson(id, io.booking.catalog.rest.VenuesResource.photoPath(venueId, id)))
        .build();
  }

  @DELETE
  @Path("{venueId}/photos/{photoId}")
  public Response removePhoto(
      @PathParam("venueId") long venueId, @PathParam("photoId") long photoId) {
    photos.remove(caller.accountId(), venueId, photoId);
    return Response.noContent().build();
  }

  @EJB io.booking.reservation.application.VenueDashboard dashboard;

  /**
   * The bookings of a range of local days as CSV (a spreadsheet opens it). Cells that a spreadsheet
   * would run as a formula are prefixed with an apostrophe.
   */
  @GET
  @Path("{venueId}/reservations/export")
  @Produces("text/csv")
  public Response export(
      @PathParam("venueId") long venueId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    LocalDate first = Params.date("from", from, null);
    LocalDate last = Params.date("to", to, first);
    List<io.booking.reservation.application.DeskEntry> rows =
        dashboard.export(caller.accountId(), venueId, first, last);
    java.io.StringWriter out = new java.io.StringWriter();
    try (org.apache.commons.csv.CSVPrinter csv =
        new org.apache.commons.csv.CSVPrinter(
            out,
            org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader(
                    "code",
                    "start",
                    "offering",
                    "party_size",
                    "customer",
                    "status",
                    "reservation_id")
                .get())) {
      for (var r : rows) {
        csv.printRecord(
            r.code(),
            r.start().toOffsetDateTime().toString(),
            safe(r.offeringName()),
            r.partySize(),
            safe(r.customerName()),
            r.status().name(),
            r.reservationId());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Response.ok(out.toString())
        .header(
            "Content-Disposition",
            "attachment; filename=\"bookings-" + venueId + "-" + first + "-" + last + ".csv\"")
        .build();
  }

  private static String safe(String cell) {
    return cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
        ? "'" + cell
        : cell;
  }

  /** The venue's bookings of a day; {@code date} defaults to today in the venue's zone. */
  @GET
  @Path("{venueId}/reservations")
  public DeskList reservations(
      @PathParam("venueId") long venueId, @QueryParam("date") String date) {
    DeskDay day = bookings.bookingsOn(caller.accountId(), venueId, Params.date("date", date, null));
    return new DeskList(day.date().toString(), day.items().stream().map(DeskLine::of).toList());
  }
}
