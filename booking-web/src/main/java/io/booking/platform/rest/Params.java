package io.booking.platform.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Parses query parameters by hand, so a malformed one is a 400 naming it (JAX-RS would answer 404
 * for a query parameter it cannot convert).
 */
public final class Params {

  private Params() {}

  public static Integer integer(String name, String value, Integer defaultValue) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, "must be a whole number");
    }
  }

  public static Long id(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, "must be an id (a whole number)");
    }
  }

  public static LocalDate date(String name, String value, LocalDate defaultValue) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(name, "must be a date as YYYY-MM-DD");
    }
  }

  public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(
          name,
          "must be one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
    }
  }

  /** "lat,lng" in degrees. */
  public static double[] latLng(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String[] parts = value.split(",");
    try {
      if (parts.length == 2) {
        double lat = Double.parseDouble(parts[0].trim());
        double lng = Double.parseDouble(parts[1].trim());
        if (lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180) {
          return new double[] {lat, lng};
        }
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw new InvalidParameterException(
        name, "must be latitude,longitude in degrees, e.g. 31.23,121.47");
  }
}
