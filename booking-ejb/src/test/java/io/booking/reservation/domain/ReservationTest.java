package io.booking.reservation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.catalog.domain.Address;
import io.booking.catalog.domain.Category;
import io.booking.catalog.domain.GeoPoint;
import io.booking.catalog.domain.Merchant;
import io.booking.catalog.domain.Offering;
import io.booking.catalog.domain.Venue;
import io.booking.inventory.domain.PlannedSlot;
import io.booking.inventory.domain.Slot;
import io.booking.shared.domain.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReservationTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final Instant START = Instant.parse("2026-11-24T10:00:00Z");
  private static final CancellationPolicy TWO_HOURS = new CancellationPolicy(Duration.ofHours(2));

  private static final long VENUE = 5;

  /** The database would give the venue its id; here the test does. */
  private static void setId(Venue venue, long id) {
    try {
      var field = Venue.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(venue, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Reservation heldReservation() {
    Venue venue =
        new Venue(
            new Merchant(1, "M", NOW),
            "V",
            Category.RESTAURANT,
            "",
            new Address("s", "d", "c"),
            new GeoPoint(1, 1),
            ZoneId.of("UTC"),
            NOW);
    setId(venue, VENUE);
    Offering offering = venue.offer("Table", 90, 10, 4, Money.ofMinor(100, "EUR"), 2);
    Slot slot = new Slot(offering, new PlannedSlot(START, START.plus(Duration.ofMinutes(90))));
    return Reservation.hold(
        "ABCDEFGH", 7, slot, 2, BookingSource.direct(Channel.API), NOW, NOW.plusSeconds(600));
  }

  @Test
  void heldReservationConfirmsBeforeTheHoldLapses() {
    Reservation r = heldReservation();
    r.confirm(NOW.plusSeconds(599));
    assertEquals(ReservationStatus.CONFIRMED, r.status());
    assertEquals(null, r.holdExpiresAt());
  }

  @Test
  void lapsedHoldCannotBeConfirmed() {
    Reservation r = heldReservation();
    assertThrows(HoldExpiredException.class, () -> r.confirm(NOW.plusSeconds(600)));
    assertEquals(ReservationStatus.HELD, r.status());
  }

  @Test
  void confirmedReservationCancelsFreelyUntilTheWindow() {
    Reservation r = heldReservation();
    r.confirm(NOW);
    assertTrue(r.cancel(START.minus(Duration.ofHours(2)).minusSeconds(1), TWO_HOURS));
    assertEquals(ReservationStatus.CANCELLED, r.status());
    assertEquals(CancelReason.BY_CUSTOMER, r.cancelReason());
  }

  @Test
  void confirmedReservationCannotBeCancelledInsideTheWindow() {
    Reservation r = heldReservation();
    r.confirm(NOW);
    CancellationWindowClosedException e =
        assertThrows(
            CancellationWindowClosedException.class,
            () -> r.cancel(START.minus(Duration.ofHours(2)), TWO_HOURS));
    assertEquals(START.minus(Duration.ofHours(2)), e.freeUntil());
    assertEquals(ReservationStatus.CONFIRMED, r.status());
  }

  @Test
  void cancellingTwiceChangesNothingTheSecondTime() {
    Reservation r = heldReservation();
    assertTrue(r.cancel(NOW, TWO_HOURS));
    assertFalse(r.cancel(NOW, TWO_HOURS));
  }

  @Test
  void cancelledReservationCannotBeConfirmed() {
    Reservation r = heldReservation();
    r.cancel(NOW, TWO_HOURS);
    assertThrows(IllegalTransitionException.class, () -> r.confirm(NOW));
  }

  @Test
  void holdLapsesOnlyWhenDueAndOnlyOnce() {
    Reservation r = heldReservation();
    assertFalse(r.expire(NOW.plusSeconds(599)));
    assertTrue(r.expire(NOW.plusSeconds(600)));
    assertEquals(CancelReason.HOLD_EXPIRED, r.cancelReason());
    assertFalse(r.expire(NOW.plusSeconds(601)));
  }

  @Test
  void checkingInOnTheDayAtTheRightVenueHappensOnce() {
    Reservation r = heldReservation();
    r.confirm(NOW);
    Instant atTheDoor = START.minus(Duration.ofMinutes(10));
    assertTrue(r.checkIn(atTheDoor, VENUE, ZoneId.of("UTC")));
    assertEquals(ReservationStatus.CHECKED_IN, r.status());
    assertEquals(atTheDoor, r.checkedInAt());
    assertFalse(r.checkIn(atTheDoor.plusSeconds(5), VENUE, ZoneId.of("UTC")), "twice is harmless");
  }

  @Test
  void checkInIsRefusedAtAnotherVenueOnAnotherDayOrWhenCancelled() {
    Reservation r = heldReservation();
    r.confirm(NOW);
    assertThrows(WrongVenueException.class, () -> r.checkIn(START, 99, ZoneId.of("UTC")));
    assertThrows(
        WrongDayException.class,
        () -> r.checkIn(START.minus(Duration.ofDays(1)), VENUE, ZoneId.of("UTC")));
    // 23:30 UTC the day before is already the day of the visit in Shanghai.
    assertTrue(r.checkIn(Instant.parse("2026-11-23T23:30:00Z"), VENUE, ZoneId.of("Asia/Shanghai")));

    Reservation cancelled = heldReservation();
    cancelled.cancel(NOW, TWO_HOURS);
    assertThrows(
        NotCheckableException.class, () -> cancelled.checkIn(START, VENUE, ZoneId.of("UTC")));
  }

  @Test
  void aNoShowIsMarkedOnlyAfterTheGracePeriodAndOnce() {
    Reservation r = heldReservation();
    r.confirm(NOW);
    Duration grace = Duration.ofMinutes(15);
    assertThrows(
        TooEarlyForNoShowException.class, () -> r.markNoShow(START.plusSeconds(60), grace));
    assertTrue(r.markNoShow(START.plus(grace), grace));
    assertEquals(ReservationStatus.NO_SHOW, r.status());
    assertFalse(r.markNoShow(START.plus(grace), grace));
    assertThrows(NotCheckableException.class, () -> r.checkIn(START, VENUE, ZoneId.of("UTC")));
  }

  @Test
  void aCheckedInOrCancelledCustomerIsNeverANoShow() {
    Reservation in = heldReservation();
    in.confirm(NOW);
    in.checkIn(START, VENUE, ZoneId.of("UTC"));
    assertThrows(
        IllegalTransitionException.class,
        () -> in.markNoShow(START.plus(Duration.ofHours(3)), Duration.ZERO));
    Reservation cancelled = heldReservation();
    cancelled.cancel(NOW, TWO_HOURS);
    assertThrows(
        IllegalTransitionException.class,
        () -> cancelled.markNoShow(START.plus(Duration.ofHours(3)), Duration.ZERO));
  }

  @Test
  void theVisitDayIsOverAtTheVenuesMidnight() {
    Reservation r = heldReservation();
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    // START is 18:00 on 24 November in Shanghai; that day ends at 16:00 UTC.
    assertFalse(r.visitDayIsOverAt(Instant.parse("2026-11-24T15:59:59Z"), shanghai));
    assertTrue(r.visitDayIsOverAt(Instant.parse("2026-11-24T16:00:00Z"), shanghai));
  }

  @Test
  void confirmedReservationNeverLapses() {
    Reservation r = heldReservation();
    r.confirm(NOW);
    assertFalse(r.expire(NOW.plus(Duration.ofDays(1))));
    assertEquals(ReservationStatus.CONFIRMED, r.status());
  }
}
