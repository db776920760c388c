package io.booking.reservation.domain;

import io.booking.shared.domain.BusinessConflictException;

/**
 * The random code drawn for a new reservation belongs to another one already (about one draw in a
 * million when a million reservations exist). The unique key caught it; the booking rolls back and
 * is tried again with a fresh code, so a customer almost never sees this.
 */
public class ReservationCodeTakenException extends BusinessConflictException {

  public ReservationCodeTakenException() {
    super("try-again", "The booking could not be completed this time; please send it again.");
  }
}
