package io.booking.reservation.domain;

import io.booking.shared.domain.BusinessConflictException;

public class HoldExpiredException extends BusinessConflictException {

  public HoldExpiredException() {
    super("hold-expired", "The hold on these places has expired; please book again.");
  }
}
