package io.booking.reservation.domain;

import io.booking.shared.domain.BusinessConflictException;

public class NotCheckableException extends BusinessConflictException {

  private final ReservationStatus status;

  public NotCheckableException(ReservationStatus status) {
    super(
        "not-checkable",
        "A "
            + status.name().toLowerCase().replace('_', ' ')
            + " reservation cannot be checked in.");
    this.status = status;
  }

  public ReservationStatus status() {
    return status;
  }
}
