package io.booking.reservation.domain;

import io.booking.shared.domain.BusinessConflictException;

public class SlotStartedException extends BusinessConflictException {

  public SlotStartedException() {
    super("slot-started", "This slot has already started and can no longer be booked.");
  }
}
