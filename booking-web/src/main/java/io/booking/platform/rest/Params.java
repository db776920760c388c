package io.booking.platform.rest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses query parameters by hand, so a malformed one is a 400 naming it (JAX-RS would answer 404
 * for a query parameter it cannot convert). Numbers are ASCII digits only ({@code Integer.valueOf}
 * would read "１" or "٣" as digits), and every value has a range, so nothing downstream overflows.
 */
public final class Params {

  /**
   * The dates the API accepts: every date it takes names a day of slots or bookings, which begin in
   * 2026 and are sold at most a year ahead. A fixed range (not today ± n) gives the same answer on
   * every day, and keeps date arithmetic, time zones and SQL far from their limits (Java's dates
   * reach year ±999,999,999; MariaDB's DATE only 1000–9999).
   */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

  public static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);

  /**
   * The last page (counting from 0) a listing serves. No one pages through a million venues, and
   * with at most 100 a page the offset (page × size) stays far inside an int.
   */
  public static final int MAX_PAGE = 10_000;

  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,19}");
  private static final Pattern DEGREES = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]{1,15})?");
  private static final Pattern ASCII_WORD = Pattern.compile("[A-Za-z_]{1,40}");
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private Params() {}

  /** A whole number from {@code min} to {@code max}; blank is {@code defaultValue}. */
  public static Integer integer(String name, String value, Integer defaultValue, int min, int max) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    Optional<Long> n = wholeNumber(value.trim());
    if (n.isEmpty() || n.get() < min || n.get() > max) {
      throw new InvalidParameterException(
          name, "must be a whole number from " + min + " to " + max);
    }
    return n.get().intValue();
  }

  /** A whole number in the range of an int; blank is {@code defaultValue}. */
  public static Integer integer(String name, String value, Integer defaultValue) {
    return integer(name, value, defaultValue, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** An id: a whole number of ASCII digits; blank is null. */
  public static Long id(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return wholeNumber(value.trim())
        .orElseThrow(() -> new InvalidParameterException(name, "must be an id (a whole number)"));
  }

  /** A date as YYYY-MM-DD from {@link #EARLIEST_DATE} to {@link #LATEST_DATE}. */
  public static LocalDate date(String name, String value, LocalDate defaultValue) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.trim(), ISO_DATE);
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(name, "must be a date as YYYY-MM-DD");
    }
    if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
      throw new InvalidParameterException(
          name, "must be a date from " + EARLIEST_DATE + " to " + LATEST_DATE);
    }
    return date;
  }

  public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      if (ASCII_WORD.matcher(v).matches()) {
        return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below
    }
    throw new InvalidParameterException(
        name,
        "must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", ")));
  }

  /** "lat,lng" in decimal degrees. */
  public static double[] latLng(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String[] parts = value.split(",", -1);
    if (parts.length == 2
        && DEGREES.matcher(parts[0].trim()).matches()
        && DEGREES.matcher(parts[1].trim()).matches()) {
      double lat = Double.parseDouble(parts[0].trim());
      double lng = Double.parseDouble(parts[1].trim());
      if (lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180) {
        return new double[] {lat, lng};
      }
    }
    throw new InvalidParameterException(
        name, "must be latitude,longitude in degrees, e.g. 31.23,121.47");
  }

  /** ASCII digits with an optional minus, in the range of a long. */
  private static Optional<Long> wholeNumber(String v) {
    if (!WHOLE_NUMBER.matcher(v).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(v));
    } catch (NumberFormatException overflow) {
      return Optional.empty();
    }
  }
}
