package io.booking.catalog.rest;

import io.booking.catalog.application.CatalogService;
import io.booking.catalog.application.OfferingView;
import io.booking.catalog.application.VenueView;
import io.booking.catalog.domain.Category;
import io.booking.catalog.domain.GeoPoint;
import io.booking.catalog.domain.VenueSearch;
import io.booking.platform.rest.MoneyJson;
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
import java.util.List;

@Path("v1/venues")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
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

  public record OfferingJson(
      long id,
      String name,
      int durationMinutes,
      int capacity,
      int maxPartySize,
      MoneyJson price,
      int cancellationHours,
      int leadMinutes,
      int horizonDays) {

    public static OfferingJson of(OfferingView o) {
      return new OfferingJson(
          o.id(),
          o.name(),
          o.durationMinutes(),
          o.capacity(),
          o.maxPartySize(),
          MoneyJson.of(o.price()),
          o.cancellationHours(),
          o.leadMinutes(),
          o.horizonDays());
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

  /** Opening hours of one weekday, local time; a weekday left out is closed. */
  public record DayHours(String day, String opens, String closes) {}

  /** Where a venue photo is served, relative to the site root. */
  public static String photoPath(long venueId, long photoId) {
    return "/api/v1/venues/" + venueId + "/photos/" + photoId;
  }

  public record VenuePage(List<VenueSummary> items, int page, int size, long total) {}

  @EJB CatalogService catalog;

  /** Search; {@code near=lat,lng} sorts by distance, {@code page} counts from 0. */
  @GET
  public VenuePage search(
      @QueryParam("category") String category,
      @QueryParam("city") String city,
      @QueryParam("q") String text,
      @QueryParam("near") String near,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
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
  public VenueDetails venue(@PathParam("venueId") long venueId) {
    return VenueDetails.of(catalog.venue(venueId));
  }

  @jakarta.ejb.EJB io.booking.catalog.application.VenuePhotos photos;

  /** A photo's bytes never change (a new upload is a new id), so browsers may keep it. */
  @GET
  @Path("{venueId}/photos/{photoId}")
  @Produces({"image/jpeg", "image/png"})
  public jakarta.ws.rs.core.Response photo(
      @PathParam("venueId") long venueId, @PathParam("photoId") long photoId) {
    io.booking.catalog.domain.VenuePhoto photo = photos.photo(venueId, photoId);
    return jakarta.ws.rs.core.Response.ok(photo.image(), photo.contentType())
        .header("Cache-Control", "public, max-age=604800, immutable")
        .build();
  }
}
