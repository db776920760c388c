package io.booking.reservation.domain;

import io.booking.shared.domain.BusinessConflictException;

/** A walk-in for a slot that has already ended: nobody can be seated in it any more. */
public class SlotOverException extends BusinessConflictException {

  public SlotOverException() {
    super("slot-over", "This slot has ended; a walk-in needs a slot that is still running.");
  }
}
