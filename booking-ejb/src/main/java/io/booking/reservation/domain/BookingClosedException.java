package io.booking.reservation.domain;

import io.booking.shared.domain.BusinessConflictException;
import java.time.Duration;

/** The offering takes bookings only until its lead time before the start. */
public class BookingClosedException extends BusinessConflictException {

  public BookingClosedException(Duration leadTime) {
    super(
        "booking-closed",
        "Bookings for this slot closed "
            + leadTime.toMinutes()
            + " minutes before it starts; please choose a later one.");
  }
}
