package io.booking.inventory.domain;

import io.booking.shared.domain.BusinessConflictException;

public class CapacityBelowBookingsException extends BusinessConflictException {

  public CapacityBelowBookingsException(int capacity, long slots) {
    super(
        "capacity-below-bookings",
        slots
            + " upcoming slots already hold more than "
            + capacity
            + " places; the capacity cannot go below what is booked.");
  }
}
