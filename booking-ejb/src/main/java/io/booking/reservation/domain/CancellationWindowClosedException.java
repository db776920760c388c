package io.booking.reservation.domain;

import io.booking.shared.domain.BusinessConflictException;
import java.time.Instant;

public class CancellationWindowClosedException extends BusinessConflictException {

  private final Instant freeUntil;

  public CancellationWindowClosedException(Instant freeUntil) {
    super(
        "cancellation-window-closed",
        "Free cancellation ended at "
            + freeUntil
            + "; this reservation can no longer be cancelled.");
    this.freeUntil = freeUntil;
  }

  public Instant freeUntil() {
    return freeUntil;
  }
}
