package io.booking.reservation.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a reservation is in its life. Only the transitions listed here can happen. */
public enum ReservationStatus {
  HELD,
  CONFIRMED,
  CANCELLED;

  public Set<ReservationStatus> next() {
    return switch (this) {
      case HELD -> EnumSet.of(CONFIRMED, CANCELLED);
      case CONFIRMED -> EnumSet.of(CANCELLED);
      case CANCELLED -> EnumSet.noneOf(ReservationStatus.class);
    };
  }

  public boolean canBecome(ReservationStatus target) {
    return next().contains(target);
  }

  /** Whether the reservation still occupies places in its slot. */
  public boolean holdsPlaces() {
    return this == HELD || this == CONFIRMED;
  }
}
