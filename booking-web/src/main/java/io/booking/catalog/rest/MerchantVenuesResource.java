package io.booking.catalog.rest;

import io.booking.catalog.application.MerchantCatalog;
import io.booking.catalog.application.VenuePhotos;
import io.booking.catalog.application.VenueSpec;
import io.booking.catalog.application.VenueStaff;
import io.booking.catalog.application.VenueView;
import io.booking.identity.application.AccountView;
import io.booking.identity.security.CurrentCaller;
import io.booking.platform.rest.MoneyJson;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A merchant's own venues, who works at them, and their photos. Another merchant's venue is 404.
 * The venue's offerings ({@code io.booking.inventory.rest}) and bookings ({@code
 * io.booking.reservation.rest}) have resources of their own under the same address.
 */
@Path("v1/merchant/venues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "merchant")
public class MerchantVenuesResource {

  /** One of the merchant's offerings in the venue list. */
  public record OfferingLine(
      long id, String name, int durationMinutes, int capacity, MoneyJson price) {}

  public record MerchantVenue(
      long id,
      String name,
      String category,
      String city,
      String timeZone,
      @Schema(description = "How many bookings one customer may hold here on one day")
          int dailyBookingLimit,
      List<OfferingLine> offerings) {

    static MerchantVenue of(VenueView v) {
      return new MerchantVenue(
          v.id(),
          v.name(),
          v.category().name(),
          v.city(),
          v.timeZone().getId(),
          v.dailyBookingLimit(),
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

  /** A venue as the merchant writes it; every bad field is named at once (422). */
  public record VenueRequest(
      String name,
      @Schema(description = "RESTAURANT, FITNESS, ...") String category,
      String description,
      String street,
      String district,
      String city,
      Double latitude,
      Double longitude,
      @Schema(description = "An IANA time zone", example = "Asia/Shanghai") String timeZone,
      List<DayHours> openingHours,
      @Schema(
              description =
                  "How many bookings one customer may hold here on one day, 1 to 10,000;"
                      + " left out: 4 for a new venue, unchanged for an existing one",
              minimum = "1",
              maximum = "10000",
              example = "4")
          Integer dailyBookingLimit) {

    VenueSpec spec() {
      return new VenueSpec(
          name,
          category,
          description,
          street,
          district,
          city,
          latitude,
          longitude,
          timeZone,
          openingHours == null
              ? null
              : openingHours.stream()
                  .map(
                      h ->
                          h == null ? null : new VenueSpec.DayHours(h.day(), h.opens(), h.closes()))
                  .toList(),
          dailyBookingLimit);
    }
  }

  public record Invitation(String username) {}

  public record StaffMember(long accountId, String username, String displayName) {

    static StaffMember of(AccountView a) {
      return new StaffMember(a.id(), a.username(), a.displayName());
    }
  }

  public record StaffList(List<StaffMember> items) {}

  /** Every field annotated: Payara models a class no method returns from its annotations only. */
  public record PhotoJson(
      long id,
      @Schema(description = "Where the photo is served, relative to the site root") String url) {}

  @EJB MerchantCatalog catalog;

  @EJB VenueStaff staff;

  @EJB VenuePhotos photos;

  @Inject CurrentCaller caller;

  @Context UriInfo uri;

  @GET
  @Operation(operationId = "listMyVenues", summary = "The caller's venues")
  @APIResponseSchema(
      value = MerchantVenueList.class,
      responseCode = "200",
      responseDescription = "The venues the caller owns (none for others)")
  public MerchantVenueList mine() {
    return new MerchantVenueList(
        catalog.venuesOf(caller.accountId()).stream().map(MerchantVenue::of).toList());
  }

  @GET
  @Path("{venueId}")
  @Operation(operationId = "getMyVenue", summary = "One of the caller's venues")
  @APIResponseSchema(
      value = MerchantVenue.class,
      responseCode = "200",
      responseDescription = "The venue")
  public MerchantVenue one(@PathParam("venueId") long venueId) {
    return MerchantVenue.of(catalog.venueOf(caller.accountId(), venueId));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createVenue", summary = "Open a venue")
  @APIResponseSchema(
      value = MerchantVenue.class,
      responseCode = "201",
      responseDescription = "The new venue")
  @APIResponse(
      responseCode = "409",
      description = "`not-a-merchant`: the account has not been approved as a merchant")
  @APIResponse(responseCode = "422", description = "Fields not valid, each named")
  public Response create(@NotNull(message = "is required") VenueRequest body) {
    VenueView created = catalog.createVenue(caller.accountId(), body.spec());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(MerchantVenue.of(created))
        .build();
  }

  @PUT
  @Path("{venueId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "updateMyVenue", summary = "Change one of the caller's venues")
  @APIResponseSchema(
      value = MerchantVenue.class,
      responseCode = "200",
      responseDescription = "The venue as it is now")
  @APIResponse(responseCode = "422", description = "Fields not valid, each named")
  public MerchantVenue update(
      @PathParam("venueId") long venueId, @NotNull(message = "is required") VenueRequest body) {
    return MerchantVenue.of(catalog.updateVenue(caller.accountId(), venueId, body.spec()));
  }

  @GET
  @Path("{venueId}/staff")
  @Operation(operationId = "listVenueStaff", summary = "Who works at the venue")
  @APIResponseSchema(
      value = StaffList.class,
      responseCode = "200",
      responseDescription = "The venue's staff")
  public StaffList staff(@PathParam("venueId") long venueId) {
    return new StaffList(
        staff.staffOf(caller.accountId(), venueId).stream().map(StaffMember::of).toList());
  }

  @POST
  @Path("{venueId}/staff")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "inviteStaff", summary = "Add an account to the venue's staff")
  @APIResponseSchema(
      value = StaffMember.class,
      responseCode = "201",
      responseDescription = "The new staff member")
  @APIResponse(responseCode = "409", description = "The account already works here")
  @APIResponse(responseCode = "422", description = "No account has this username")
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
  @Operation(operationId = "removeStaff", summary = "Remove someone from the venue's staff")
  @APIResponse(responseCode = "204", description = "Removed; the desk is closed to them at once")
  public Response removeStaff(
      @PathParam("venueId") long venueId, @PathParam("accountId") long accountId) {
    staff.remove(caller.accountId(), venueId, accountId);
    return Response.noContent().build();
  }

  /**
   * Adds a photo: the body is the JPEG or PNG itself. At most {@link VenuePhotos#MAX_BYTES} are
   * read, so an oversized upload is refused without being held in memory whole.
   */
  @POST
  @Path("{venueId}/photos")
  @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
  @Operation(operationId = "addVenuePhoto", summary = "Add a photo to the venue")
  @RequestBody(
      required = true,
      description = "The JPEG or PNG itself: at most 2 MB and 6000 px a side",
      content = {
        @Content(
            mediaType = "image/jpeg",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "image/png",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponseSchema(
      value = PhotoJson.class,
      responseCode = "201",
      responseDescription = "The photo and where it is served")
  @APIResponse(
      responseCode = "422",
      description = "`photo`: not a real JPEG or PNG, too big, or the venue has 8 photos already")
  public Response addPhoto(@PathParam("venueId") long venueId, InputStream body)
      throws IOException {
    byte[] bytes = body.readNBytes(VenuePhotos.MAX_BYTES + 1);
    long id = photos.add(caller.accountId(), venueId, bytes);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(new PhotoJson(id, VenuesResource.photoPath(venueId, id)))
        .build();
  }

  @DELETE
  @Path("{venueId}/photos/{photoId}")
  @Operation(operationId = "removeVenuePhoto", summary = "Remove a photo from the venue")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response removePhoto(
      @PathParam("venueId") long venueId, @PathParam("photoId") long photoId) {
    photos.remove(caller.accountId(), venueId, photoId);
    return Response.noContent().build();
  }
}
