package io.booking.reservation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ReservationStatusTest {

  @Test
  void onlyTheDesignedTransitionsExist() {
    assertEquals(
        EnumSet.of(ReservationStatus.CONFIRMED, ReservationStatus.CANCELLED),
        ReservationStatus.HELD.next());
    assertEquals(
        EnumSet.of(
            ReservationStatus.CHECKED_IN, ReservationStatus.NO_SHOW, ReservationStatus.CANCELLED),
        ReservationStatus.CONFIRMED.next());
    assertTrue(ReservationStatus.CANCELLED.next().isEmpty());
    assertTrue(ReservationStatus.CHECKED_IN.next().isEmpty());
    assertTrue(ReservationStatus.NO_SHOW.next().isEmpty());
    assertFalse(ReservationStatus.CONFIRMED.canBecome(ReservationStatus.HELD));
  }

  @Test
  void heldAndConfirmedOccupyPlacesCancelledDoesNot() {
    assertTrue(ReservationStatus.HELD.holdsPlaces());
    assertTrue(ReservationStatus.CONFIRMED.holdsPlaces());
    assertFalse(ReservationStatus.CANCELLED.holdsPlaces());
  }
}
