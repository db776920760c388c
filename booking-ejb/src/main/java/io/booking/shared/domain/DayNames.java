package io.booking.shared.domain;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Optional;

/** Days of the week as clients write them: "MON", "mon", "Monday" (three letters at least). */
public final class DayNames {

  /** What a refused day name is told. */
  public static final String EXPECTED = "MON, TUE, WED, THU, FRI, SAT or SUN";

  private DayNames() {}

  public static Optional<DayOfWeek> parse(String name) {
    String abbr = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
    if (abbr.length() < 3) {
      return Optional.empty();
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().startsWith(abbr)) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }
}
