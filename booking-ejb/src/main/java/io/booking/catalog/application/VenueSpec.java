package io.booking.catalog.application;

import io.booking.catalog.domain.Address;
import io.booking.catalog.domain.Category;
import io.booking.catalog.domain.GeoPoint;
import io.booking.catalog.domain.OpeningHours;
import io.booking.catalog.domain.Venue;
import io.booking.shared.domain.FieldError;
import io.booking.shared.domain.InvalidInputException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What a merchant says about a venue; checked as a whole so every bad field is named at once. A
 * {@code dailyBookingLimit} left out keeps the venue's (the default for a new venue).
 */
public record VenueSpec(
    String name,
    String category,
    String description,
    String street,
    String district,
    String city,
    Double latitude,
    Double longitude,
    String timeZone,
    List<DayHours> openingHours,
    Integer dailyBookingLimit) {

  /** What a new venue allows one customer on one day unless the merchant says otherwise. */
  public static final int DEFAULT_DAILY_BOOKING_LIMIT = Venue.DEFAULT_DAILY_BOOKING_LIMIT;

  /** "MON", "09:00", "18:00"; a weekday left out is closed. */
  public record DayHours(String day, String opens, String closes) {}

  void check() {
    List<FieldError> errors = new ArrayList<>();
    text(errors, "name", name, 120, true);
    text(errors, "description", description, 2000, false);
    text(errors, "street", street, 200, true);
    text(errors, "district", district, 80, false);
    text(errors, "city", city, 80, true);
    if (category == null) {
      errors.add(new FieldError("category", "is required"));
    } else {
      try {
        Category.valueOf(category.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("category", "must be one of " + List.of(Category.values())));
      }
    }
    if (latitude == null || !(latitude >= -90 && latitude <= 90)) {
      errors.add(new FieldError("latitude", "must be between -90 and 90"));
    }
    if (longitude == null || !(longitude >= -180 && longitude <= 180)) {
      errors.add(new FieldError("longitude", "must be between -180 and 180"));
    }
    if (timeZone == null || timeZone.isBlank()) {
      errors.add(new FieldError("timeZone", "is required, e.g. Asia/Shanghai"));
    } else {
      try {
        ZoneId.of(timeZone.trim());
      } catch (DateTimeException e) {
        errors.add(new FieldError("timeZone", "is not a known time zone, e.g. Europe/Berlin"));
      }
    }
    hours(errors);
    if (dailyBookingLimit != null
        && (dailyBookingLimit < 1 || dailyBookingLimit > Venue.MAX_DAILY_BOOKING_LIMIT)) {
      errors.add(
          new FieldError(
              "dailyBookingLimit", "must be between 1 and " + Venue.MAX_DAILY_BOOKING_LIMIT));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private List<OpeningHours> hours(List<FieldError> errors) {
    List<OpeningHours> hours = new ArrayList<>();
    if (openingHours == null) {
      return hours;
    }
    java.util.Set<java.time.DayOfWeek> seen = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
    for (int i = 0; i < openingHours.size(); i++) {
      DayHours h = openingHours.get(i);
      String field = "openingHours[" + i + "]";
      try {
        java.time.DayOfWeek day = dayOf(h == null ? null : h.day());
        if (!seen.add(day)) {
          errors.add(new FieldError(field, "names " + day + " twice"));
          continue;
        }
        hours.add(
            new OpeningHours(
                day, java.time.LocalTime.parse(h.opens()), java.time.LocalTime.parse(h.closes())));
      } catch (java.time.format.DateTimeParseException | NullPointerException e) {
        errors.add(new FieldError(field, "needs day, opens and closes as HH:mm"));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(field, e.getMessage()));
      }
    }
    return hours;
  }

  private static java.time.DayOfWeek dayOf(String d) {
    return io.booking.shared.domain.DayNames.parse(d)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "day must be " + io.booking.shared.domain.DayNames.EXPECTED));
  }

  List<OpeningHours> hours() {
    return hours(new ArrayList<>());
  }

  private static void text(
      List<FieldError> errors, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(new FieldError(field, "is required"));
      }
    } else if (value.strip().length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }
  }

  Category categoryValue() {
    return Category.valueOf(category.trim().toUpperCase(java.util.Locale.ROOT));
  }

  Address address() {
    return new Address(street, district, city);
  }

  GeoPoint location() {
    return new GeoPoint(latitude, longitude);
  }

  /** Applies the limit when the merchant gave one. */
  void limitOf(Venue venue) {
    if (dailyBookingLimit != null) {
      venue.limitDailyBookings(dailyBookingLimit);
    }
  }

  ZoneId zone() {
    return ZoneId.of(timeZone.trim());
  }
}
