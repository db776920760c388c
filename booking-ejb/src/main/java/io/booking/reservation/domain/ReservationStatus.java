package io.booking.reservation.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a reservation is in its life: HELD -> CONFIRMED -> CHECKED_IN | NO_SHOW | CANCELLED. Only
 * the transitions listed here can happen.
 */
public enum ReservationStatus {
  HELD,
  CONFIRMED,
  CHECKED_IN,
  NO_SHOW,
  CANCELLED;

  /** The statuses that occupy places: what a customer's daily booking limit counts. */
  public static final Set<ReservationStatus> STANDING =
      EnumSet.of(HELD, CONFIRMED, CHECKED_IN, NO_SHOW);

  public Set<ReservationStatus> next() {
    return switch (this) {
      case HELD -> EnumSet.of(CONFIRMED, CANCELLED);
      case CONFIRMED -> EnumSet.of(CHECKED_IN, NO_SHOW, CANCELLED);
      case CHECKED_IN, NO_SHOW, CANCELLED -> EnumSet.noneOf(ReservationStatus.class);
    };
  }

  public boolean canBecome(ReservationStatus target) {
    return next().contains(target);
  }

  /** Whether the reservation occupies places in its slot (a visit, or a no-show, used them). */
  public boolean holdsPlaces() {
    return STANDING.contains(this);
  }
}
