package io.booking.reservation.domain;

import io.booking.shared.domain.BusinessConflictException;

public class SlotSoldOutException extends BusinessConflictException {

  private final int available;

  public SlotSoldOutException(int requested, int available) {
    super(
        "slot-sold-out",
        available == 0
            ? "This slot is fully booked."
            : "Only " + available + " places are left; " + requested + " were asked for.");
    this.available = available;
  }

  public int available() {
    return available;
  }
}
