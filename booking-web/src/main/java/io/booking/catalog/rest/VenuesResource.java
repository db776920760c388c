package io.booking.catalog.rest;

import io.booking.catalog.application.CatalogService;
import io.booking.catalog.application.PhotoContent;
import io.booking.catalog.application.VenuePhotos;
import io.booking.catalog.application.VenueView;
import io.booking.catalog.domain.Category;
import io.booking.catalog.domain.GeoPoint;
import io.booking.catalog.domain.VenueSearch;
import io.booking.platform.rest.Params;
import io.booking.shared.domain.Page;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/venues")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "venues")
public class VenuesResource {

  public record VenueSummary(
      long id,
      String name,
      String category,
      String city,
      String district,
      String address,
      double latitude,
      double longitude,
      String timeZone,
      @Schema(description = "Kilometres from `near`; only when searching near a point")
          Double distanceKm) {

    static VenueSummary of(VenueView v) {
      return new VenueSummary(
          v.id(),
          v.name(),
          v.category().name(),
          v.city(),
          v.district(),
          v.street(),
          v.latitude(),
          v.longitude(),
          v.timeZone().getId(),
          v.distanceKm());
    }
  }

  public record VenueDetails(
      long id,
      String name,
      String category,
      String description,
      String city,
      String district,
      String address,
      double latitude,
      double longitude,
      String timeZone,
      List<OfferingJson> offerings,
      List<DayHours> openingHours,
      List<String> photos) {

    static VenueDetails of(VenueView v) {
      return new VenueDetails(
          v.id(),
          v.name(),
          v.category().name(),
          v.description(),
          v.city(),
          v.district(),
          v.street(),
          v.latitude(),
          v.longitude(),
          v.timeZone().getId(),
          v.offerings().stream().map(OfferingJson::of).toList(),
          v.openingHours().stream()
              .map(
                  h ->
                      new DayHours(
                          h.day().name().substring(0, 3),
                          h.opens().toString(),
                          h.closes().toString()))
              .toList(),
          v.photoIds().stream().map(id -> photoPath(v.id(), id)).toList());
    }
  }

  /** Where a venue photo is served, relative to the site root. */
  public static String photoPath(long venueId, long photoId) {
    return "/api/v1/venues/" + venueId + "/photos/" + photoId;
  }

  public record VenuePage(
      List<VenueSummary> items, int page, int size, @Schema(format = "int64") long total) {}

  @EJB CatalogService catalog;

  /** Search; {@code near=lat,lng} sorts by distance, {@code page} counts from 0. */
  @GET
  @Operation(operationId = "searchVenues", summary = "Find venues")
  @APIResponseSchema(
      value = VenuePage.class,
      responseCode = "200",
      responseDescription = "A page of venues")
  @APIResponse(
      responseCode = "422",
      description = "`page` below 0, `size` outside 1 to 100, or `q` over 100 characters")
  public VenuePage search(
      @Parameter(
              description = "The kind of venue",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"RESTAURANT", "FITNESS", "SPORTS", "WELLNESS", "OTHER"}))
          @QueryParam("category")
          String category,
      @Parameter(description = "The city, e.g. Shanghai") @QueryParam("city") String city,
      @Parameter(description = "Text to look for in names and descriptions") @QueryParam("q")
          String text,
      @Parameter(
              description = "`latitude,longitude`: nearest first, with `distanceKm`",
              example = "31.2304,121.4737")
          @QueryParam("near")
          String near,
      @Parameter(
              description = "The page, counted from 0",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
          @QueryParam("page")
          String page,
      @Parameter(
              description = "Venues per page",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "100",
                      defaultValue = "20"))
          @QueryParam("size")
          String size) {
    double[] point = Params.latLng("near", near);
    VenueSearch search =
        new VenueSearch(
            Params.oneOf("category", category, Category.class),
            city,
            text,
            point == null ? null : new GeoPoint(point[0], point[1]),
            Params.integer("page", page, 0, 0, Params.MAX_PAGE),
            Params.integer("size", size, 20));
    Page<VenueSummary> found = catalog.search(search).map(VenueSummary::of);
    return new VenuePage(found.items(), found.page(), found.size(), found.total());
  }

  @GET
  @Path("{venueId}")
  @Operation(operationId = "getVenue", summary = "A venue with its offerings, hours and photos")
  @APIResponseSchema(
      value = VenueDetails.class,
      responseCode = "200",
      responseDescription = "The venue")
  public VenueDetails venue(@PathParam("venueId") long venueId) {
    return VenueDetails.of(catalog.venue(venueId));
  }

  @EJB VenuePhotos photos;

  /** A photo's bytes never change (a new upload is a new id), so browsers may keep it. */
  @GET
  @Path("{venueId}/photos/{photoId}")
  @Produces({"image/jpeg", "image/png"})
  @Operation(operationId = "getVenuePhoto", summary = "A venue's photo")
  @APIResponse(
      responseCode = "200",
      description = "The image; it never changes, so it may be cached",
      content = {
        @Content(
            mediaType = "image/jpeg",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "image/png",
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  public Response photo(@PathParam("venueId") long venueId, @PathParam("photoId") long photoId) {
    PhotoContent photo = photos.photo(venueId, photoId);
    return Response.ok(photo.image(), photo.contentType())
        .header("Cache-Control", "public, max-age=604800, immutable")
        .build();
  }
}
