package io.booking.reservation.rest;

import io.booking.reservation.application.DeskDay;
import java.util.List;

/** A venue's bookings of one local day (YYYY-MM-DD). */
public record DeskList(String date, List<DeskLine> items) {

  public static DeskList of(DeskDay day) {
    return new DeskList(day.date().toString(), day.items().stream().map(DeskLine::of).toList());
  }
}
