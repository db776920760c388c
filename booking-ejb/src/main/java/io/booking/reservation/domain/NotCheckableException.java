package io.booking.reservation.domain;

import io.booking.shared.domain.BusinessConflictException;

public class NotCheckableException extends BusinessConflictException {

  public NotCheckableException(ReservationStatus status) {
    super(
        "not-checkable",
        "A "
            + status.name().toLowerCase().replace('_', ' ')
            + " reservation cannot be checked in.");
  }
}
