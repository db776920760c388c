package io.booking.reservation.domain;

import io.booking.shared.domain.BusinessConflictException;

public class IllegalTransitionException extends BusinessConflictException {

  public IllegalTransitionException(ReservationStatus from, ReservationStatus to) {
    super(
        "illegal-transition",
        "A "
            + from.name().toLowerCase()
            + " reservation cannot become "
            + to.name().toLowerCase()
            + ".");
  }
}
