package io.booking.reservation.domain;

import io.booking.shared.domain.BusinessConflictException;
import java.time.Instant;

public class TooEarlyForNoShowException extends BusinessConflictException {

  public TooEarlyForNoShowException(Instant allowedFrom) {
    super(
        "too-early-for-no-show",
        "The customer may still come: a no-show can be marked from " + allowedFrom + ".");
  }
}
