package io.booking.reservation.domain;

import io.booking.shared.domain.BusinessConflictException;

/** The customer already holds as many bookings at the venue that day as the venue allows. */
public class DailyBookingLimitReachedException extends BusinessConflictException {

  private final int limit;

  public DailyBookingLimitReachedException(int limit) {
    super(
        "daily-booking-limit",
        "You already hold "
            + limit
            + (limit == 1 ? " booking" : " bookings")
            + " at this venue on that day, as many as it allows one customer.");
    this.limit = limit;
  }

  public int limit() {
    return limit;
  }
}
