package io.booking.reservation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.platform.idempotency.IdempotencyKeyReusedException;
import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.CancellationWindowClosedException;
import io.booking.reservation.domain.Channel;
import io.booking.reservation.domain.ReservationStatus;
import io.booking.reservation.domain.SlotSoldOutException;
import io.booking.reservation.domain.SlotStartedException;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.UnknownObjectException;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class ReservationServiceIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("reservation-service-it");
  }

  @EJB ReservationService reservations;

  @EJB TestWorld world;

  private long slotInDays(long offeringId, int days) {
    return world.slot(offeringId, Instant.now().plus(Duration.ofDays(days)));
  }

  private static BookingCommand command(long account, long slot, int party) {
    return new BookingCommand(account, slot, party, BookingSource.direct(Channel.API));
  }

  @Test
  void bookingTakesPlacesAndCancellingGivesThemBack() {
    long customer = world.customer();
    long slot = slotInDays(world.offering(SHANGHAI, 10, 4, Duration.ofHours(2)), 3);

    ReservationView booked = reservations.book(command(customer, slot, 3));

    assertEquals(ReservationStatus.CONFIRMED, booked.status());
    assertEquals(8, booked.code().length());
    assertEquals(SHANGHAI, booked.start().getZone());
    assertEquals(3, world.bookedPlaces(slot));

    ReservationView cancelled = reservations.cancel(customer, booked.id());
    assertEquals(ReservationStatus.CANCELLED, cancelled.status());
    assertEquals(0, world.bookedPlaces(slot));

    reservations.cancel(customer, booked.id());
    assertEquals(0, world.bookedPlaces(slot), "a second cancel must not give places back again");
  }

  @Test
  void askingForMorePlacesThanAreLeftIsRefusedAndTakesNothing() {
    long slot = slotInDays(world.offering(SHANGHAI, 5, 4, Duration.ofHours(2)), 2);
    reservations.book(command(world.customer(), slot, 4));

    SlotSoldOutException e =
        assertThrows(
            SlotSoldOutException.class,
            () -> reservations.book(command(world.customer(), slot, 2)));

    assertEquals(1, e.available());
    assertEquals(4, world.bookedPlaces(slot));
    assertEquals(1, world.reservationsInSlot(slot, "CONFIRMED"));
  }

  @Test
  void partySizeOutsideTheOfferingsLimitsIsInvalid() {
    long slot = slotInDays(world.offering(SHANGHAI, 10, 4, Duration.ofHours(2)), 2);
    long customer = world.customer();

    InvalidInputException tooBig =
        assertThrows(
            InvalidInputException.class, () -> reservations.book(command(customer, slot, 5)));
    assertEquals("partySize", tooBig.errors().get(0).field());
    assertThrows(InvalidInputException.class, () -> reservations.book(command(customer, slot, 0)));
    InvalidInputException noSlot =
        assertThrows(
            InvalidInputException.class, () -> reservations.book(command(customer, 987654321L, 1)));
    assertEquals("slotId", noSlot.errors().get(0).field());
    assertEquals(0, world.bookedPlaces(slot));
  }

  @Test
  void aSlotThatHasStartedCannotBeBooked() {
    long offering = world.offering(SHANGHAI, 10, 4, Duration.ofHours(2));
    long started = world.slot(offering, Instant.now().minus(Duration.ofMinutes(5)));

    assertThrows(
        SlotStartedException.class, () -> reservations.book(command(world.customer(), started, 1)));
    assertEquals(0, world.bookedPlaces(started));
  }

  @Test
  void cancellingInsideTheWindowIsRefusedAndKeepsThePlaces() {
    long customer = world.customer();
    long offering = world.offering(SHANGHAI, 10, 4, Duration.ofHours(24));
    long soon = world.slot(offering, Instant.now().plus(Duration.ofHours(5)));
    ReservationView booked = reservations.book(command(customer, soon, 2));

    assertThrows(
        CancellationWindowClosedException.class, () -> reservations.cancel(customer, booked.id()));
    assertEquals(2, world.bookedPlaces(soon));
    assertEquals(
        ReservationStatus.CONFIRMED, reservations.reservation(customer, booked.id()).status());
  }

  @Test
  void anotherCustomersReservationIsUnknown() {
    long owner = world.customer();
    long stranger = world.customer();
    long slot = slotInDays(world.offering(SHANGHAI, 10, 4, Duration.ofHours(2)), 4);
    ReservationView booked = reservations.book(command(owner, slot, 1));

    assertThrows(
        UnknownObjectException.class, () -> reservations.reservation(stranger, booked.id()));
    assertThrows(UnknownObjectException.class, () -> reservations.cancel(stranger, booked.id()));
    assertTrue(reservations.reservationsOf(stranger).isEmpty());
    assertEquals(1, reservations.reservationsOf(owner).size());
    assertEquals(1, world.bookedPlaces(slot));
  }

  @Test
  void theSameIdempotencyKeyBooksOnceAndAnotherBodyIsRefused() {
    long customer = world.customer();
    long slot = slotInDays(world.offering(SHANGHAI, 10, 4, Duration.ofHours(2)), 5);

    BookingResult first = reservations.bookOnce(command(customer, slot, 2), "key-1");
    BookingResult again = reservations.bookOnce(command(customer, slot, 2), "key-1");

    assertFalse(first.replayed());
    assertTrue(again.replayed());
    assertEquals(first.reservation().id(), again.reservation().id());
    assertEquals(2, world.bookedPlaces(slot));
    assertThrows(
        IdempotencyKeyReusedException.class,
        () -> reservations.bookOnce(command(customer, slot, 3), "key-1"));
    // Keys belong to their account: another customer's "key-1" is a new booking.
    BookingResult other = reservations.bookOnce(command(world.customer(), slot, 1), "key-1");
    assertFalse(other.replayed());
    assertEquals(3, world.bookedPlaces(slot));
  }

  @Test
  void aLapsedHoldReturnsItsPlacesAndCannotBeConfirmed() {
    long customer = world.customer();
    long slot = slotInDays(world.offering(SHANGHAI, 6, 4, Duration.ofHours(2)), 2);
    ReservationView held = reservations.hold(command(customer, slot, 4));
    assertEquals(ReservationStatus.HELD, held.status());
    assertEquals(4, world.bookedPlaces(slot));

    // Only this hold: a sweep would also let go of other tests' holds (HoldExpiryIT runs sweeps).
    assertFalse(reservations.expireHold(held.id(), held.holdExpiresAt().minusSeconds(1)));
    assertTrue(reservations.expireHold(held.id(), held.holdExpiresAt()));

    assertEquals(0, world.bookedPlaces(slot));
    assertEquals(
        ReservationStatus.CANCELLED, reservations.reservation(customer, held.id()).status());
    assertThrows(
        io.booking.reservation.domain.IllegalTransitionException.class,
        () -> reservations.confirm(customer, held.id()));
  }

  @Test
  void aHeldReservationConfirmsWhileTheHoldLasts() {
    long customer = world.customer();
    long slot = slotInDays(world.offering(SHANGHAI, 6, 4, Duration.ofHours(2)), 2);
    ReservationView held = reservations.hold(command(customer, slot, 2));

    ReservationView confirmed = reservations.confirm(customer, held.id());

    assertEquals(ReservationStatus.CONFIRMED, confirmed.status());
    assertFalse(reservations.expireHold(held.id(), Instant.now().plus(Duration.ofDays(1))));
    assertEquals(
        ReservationStatus.CONFIRMED, reservations.reservation(customer, held.id()).status());
    assertEquals(2, world.bookedPlaces(slot));
  }

  @Test
  void holdExpiryIsTheConfiguredNumberOfMinutes() {
    long slot = slotInDays(world.offering(SHANGHAI, 6, 4, Duration.ofHours(2)), 2);
    Instant before = Instant.now();
    ReservationView held = reservations.hold(command(world.customer(), slot, 1));
    Duration hold = Duration.between(before, held.holdExpiresAt());
    assertTrue(
        hold.compareTo(Duration.ofMinutes(10)) >= 0
            && hold.compareTo(Duration.ofMinutes(10).plusSeconds(30)) < 0,
        "default hold is 10 minutes, was " + hold);
  }
}
