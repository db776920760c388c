package io.booking.catalog.domain;

import io.booking.shared.domain.FieldError;
import io.booking.shared.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** What a customer looks for. Every criterion is optional; {@code near} sorts by distance. */
public record VenueSearch(
    Category category, String city, String text, GeoPoint near, int page, int size) {

  public static final int MAX_PAGE_SIZE = 100;

  public VenueSearch {
    List<FieldError> errors = new ArrayList<>();
    if (page < 0) {
      errors.add(new FieldError("page", "must be 0 or more"));
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      errors.add(new FieldError("size", "must be between 1 and " + MAX_PAGE_SIZE));
    }
    if (text != null && text.length() > 100) {
      errors.add(new FieldError("q", "must be at most 100 characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    city = blankToNull(city);
    text = blankToNull(text);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
