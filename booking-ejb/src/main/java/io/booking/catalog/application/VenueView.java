package io.booking.catalog.application;

import io.booking.catalog.domain.Category;
import io.booking.catalog.domain.GeoPoint;
import io.booking.catalog.domain.OpeningHours;
import io.booking.catalog.domain.Venue;
import java.time.ZoneId;
import java.util.List;

/** A venue as customers see it; {@code distanceKm} is set when they searched near a point. */
public record VenueView(
    long id,
    String name,
    Category category,
    String description,
    String street,
    String district,
    String city,
    double latitude,
    double longitude,
    ZoneId timeZone,
    Double distanceKm,
    List<OfferingView> offerings,
    List<OpeningHours> openingHours,
    List<Long> photoIds,
    int dailyBookingLimit) {

  /** Without offerings and opening hours: a search result shows neither, so neither is read. */
  static VenueView summary(Venue v, GeoPoint near) {
    return of(v, near, List.of(), List.of());
  }

  public static VenueView details(Venue v) {
    return of(v, null, v.offerings().stream().map(OfferingView::of).toList(), v.openingHours());
  }

  /** With the ids of its photos, in upload order. */
  public VenueView withPhotos(List<Long> ids) {
    return new VenueView(
        id,
        name,
        category,
        description,
        street,
        district,
        city,
        latitude,
        longitude,
        timeZone,
        distanceKm,
        offerings,
        openingHours,
        List.copyOf(ids),
        dailyBookingLimit);
  }

  private static VenueView of(
      Venue v, GeoPoint near, List<OfferingView> offerings, List<OpeningHours> openingHours) {
    return new VenueView(
        v.id(),
        v.name(),
        v.category(),
        v.description(),
        v.address().street(),
        v.address().district(),
        v.address().city(),
        v.location().latitude(),
        v.location().longitude(),
        v.timeZone(),
        near == null ? null : Math.round(near.distanceKmTo(v.location()) * 100) / 100.0,
        offerings,
        openingHours,
        List.of(),
        v.dailyBookingLimit());
  }
}
