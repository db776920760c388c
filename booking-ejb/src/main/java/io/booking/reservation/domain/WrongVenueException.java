package io.booking.reservation.domain;

import io.booking.shared.domain.BusinessConflictException;

public class WrongVenueException extends BusinessConflictException {

  public WrongVenueException() {
    super("wrong-venue", "This reservation is for another venue.");
  }
}
