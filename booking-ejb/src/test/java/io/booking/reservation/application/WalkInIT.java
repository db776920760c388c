package io.booking.reservation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.Channel;
import io.booking.reservation.domain.NotTodayException;
import io.booking.reservation.domain.ReservationCheckedIn;
import io.booking.reservation.domain.ReservationStatus;
import io.booking.reservation.domain.SlotOverException;
import io.booking.reservation.domain.SlotSoldOutException;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.UnknownObjectException;
import io.booking.testing.AtOnce;
import io.booking.testing.CheckInEvents;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walk-ins: staff book a guest without an account into one of today's slots at the desk. On MariaDB
 * (BOOKING_IT_DB_URL) the race with online bookings is proven against InnoDB's row locks.
 */
@ExtendWith(ArquillianExtension.class)
class WalkInIT {

  private static final Logger LOG = Logger.getLogger(WalkInIT.class.getName());

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("walk-in-it");
  }

  @EJB StaffDesk desk;

  @EJB ReservationService reservations;

  @EJB TestWorld world;

  @Inject CheckInEvents events;

  private final ZoneId zone = TestWorld.zoneWhereTodayLastsTwoMoreHours();

  private record Desk(long offering, long venue, long staff) {}

  private Desk desk(int capacity) {
    long offering = world.offering(zone, capacity, Math.min(4, capacity), Duration.ofHours(2));
    long venue = world.venueOf(offering);
    return new Desk(offering, venue, world.staffAt(venue));
  }

  @Test
  void aWalkInJoinsARunningSlotAndIsCheckedInAtOnce() {
    Desk d = desk(10);
    Instant now = Instant.now();
    long running = world.slot(d.offering(), now.minus(Duration.ofMinutes(30)));

    DeskEntry e = desk.walkIn(d.staff(), d.venue(), new WalkIn(running, 3, "  Wang Fang  "));

    assertEquals(ReservationStatus.CHECKED_IN, e.status());
    assertTrue(e.walkIn());
    assertEquals("Wang Fang", e.customerName());
    assertEquals(3, world.bookedPlaces(running));
    List<DeskEntry> today = desk.reservationsOn(d.staff(), d.venue(), null).items();
    assertEquals(1, today.size());
    assertEquals(e.code(), today.get(0).code());
    assertTrue(today.get(0).walkIn());
    assertEquals(e, desk.reservation(d.staff(), d.venue(), e.reservationId()));

    ReservationCheckedIn event = events.of(e.reservationId()).orElseThrow();
    assertTrue(event.walkIn());
    assertNull(event.accountId(), "a walk-in has no account: nothing in escrow, nobody to invite");
    assertTrue(
        desk.checkIn(d.staff(), d.venue(), e.code()).alreadyCheckedIn(),
        "typing a walk-in's code again is harmless");
  }

  @Test
  void aWalkInSentAgainWithTheSameKeyBooksOnce() throws Exception {
    Desk d = desk(10);
    long later = world.slot(d.offering(), Instant.now().plus(Duration.ofMinutes(40)));
    WalkIn guest = new WalkIn(later, 2, "Retry Guest");
    List<WalkInResult> results =
        AtOnce.run(
                8,
                8,
                Duration.ofSeconds(60),
                i -> () -> desk.walkInOnce(d.staff(), d.venue(), guest, "door-tap-1"))
            .results();
    assertEquals(
        1, results.stream().map(r -> r.entry().reservationId()).distinct().count(), "one walk-in");
    assertEquals(1, results.stream().filter(r -> !r.replayed()).count(), "booked by one request");
    assertEquals(2, world.bookedPlaces(later));
    assertEquals(1, desk.reservationsOn(d.staff(), d.venue(), null).items().size());

    assertThrows(
        io.booking.platform.idempotency.IdempotencyKeyReusedException.class,
        () ->
            desk.walkInOnce(
                d.staff(), d.venue(), new WalkIn(later, 3, "Retry Guest"), "door-tap-1"));
    // A refused request leaves its key unused: the corrected one books.
    assertThrows(
        InvalidInputException.class,
        () -> desk.walkInOnce(d.staff(), d.venue(), new WalkIn(later, 1, " "), "door-tap-2"));
    WalkInResult corrected =
        desk.walkInOnce(d.staff(), d.venue(), new WalkIn(later, 1, "Second Guest"), "door-tap-2");
    assertFalse(corrected.replayed());
    assertEquals(3, world.bookedPlaces(later));
  }

  @Test
  void aWalkInIsRefusedWithTheReason() {
    Desk d = desk(4);
    Instant now = Instant.now();
    long later = world.slot(d.offering(), now.plus(Duration.ofMinutes(40)));
    long over =
        world.slot(
            d.offering(), now.minus(Duration.ofMinutes(50)), now.minus(Duration.ofMinutes(10)));
    long tomorrow = world.slot(d.offering(), now.plus(Duration.ofDays(1)));
    long elsewhere = world.slot(desk(4).offering(), now.plus(Duration.ofMinutes(40)));

    assertThrows(
        UnknownObjectException.class,
        () -> desk.walkIn(d.staff(), d.venue(), new WalkIn(elsewhere, 1, "Guest")));
    assertThrows(
        UnknownObjectException.class,
        () -> desk.walkIn(world.customer(), d.venue(), new WalkIn(later, 1, "Guest")));
    assertThrows(
        NotTodayException.class,
        () -> desk.walkIn(d.staff(), d.venue(), new WalkIn(tomorrow, 1, "Guest")));
    assertThrows(
        SlotOverException.class,
        () -> desk.walkIn(d.staff(), d.venue(), new WalkIn(over, 1, "Guest")));
    InvalidInputException invalid =
        assertThrows(
            InvalidInputException.class,
            () -> desk.walkIn(d.staff(), d.venue(), new WalkIn(later, 5, " ")));
    assertEquals(
        List.of("partySize", "guestName"), invalid.errors().stream().map(f -> f.field()).toList());
    assertThrows(
        InvalidInputException.class,
        () -> desk.walkIn(d.staff(), d.venue(), new WalkIn(later, 1, "x".repeat(81))));

    desk.walkIn(d.staff(), d.venue(), new WalkIn(later, 4, "Full Table"));
    SlotSoldOutException soldOut =
        assertThrows(
            SlotSoldOutException.class,
            () -> desk.walkIn(d.staff(), d.venue(), new WalkIn(later, 1, "One More")));
    assertEquals(0, soldOut.available());
    assertEquals(4, world.bookedPlaces(later));
    assertEquals(0, world.bookedPlaces(over));
    assertEquals(0, world.bookedPlaces(tomorrow));
  }

  @Test
  void theDeskOffersTodaysSlotsThatRunOrAreToComeWithPlacesLeft() {
    Desk d = desk(2);
    Instant now = Instant.now();
    long running = world.slot(d.offering(), now.minus(Duration.ofMinutes(20)));
    long full = world.slot(d.offering(), now.plus(Duration.ofMinutes(50)));
    long over =
        world.slot(
            d.offering(), now.minus(Duration.ofMinutes(50)), now.minus(Duration.ofMinutes(10)));
    world.slot(d.offering(), now.plus(Duration.ofDays(1)));
    reservations.book(
        new BookingCommand(world.customer(), full, 2, BookingSource.direct(Channel.API)));

    List<Long> offered =
        desk.walkInSlots(d.staff(), d.venue()).stream().map(DoorSlot::slotId).toList();

    assertEquals(List.of(running), offered);
    assertFalse(offered.contains(over));
  }

  @Test
  void walkInsAndOnlineBookingsRacingForTheLastPlacesNeverOverbook() throws Exception {
    int capacity = 6;
    Desk d = desk(capacity);
    long slot = world.slot(d.offering(), Instant.now().plus(Duration.ofMinutes(45)));
    List<Long> customers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      customers.add(world.customer());
    }
    long secondDesk = world.staffAt(d.venue());
    int attempts = 60;
    AtomicInteger online = new AtomicInteger();
    AtomicInteger walkIns = new AtomicInteger();
    AtomicInteger soldOut = new AtomicInteger();
    Map<String, Integer> other = new ConcurrentHashMap<>();
    AtOnce.Race<Void> race =
        AtOnce.run(
            24,
            attempts,
            Duration.ofMinutes(2),
            n ->
                () -> {
                  try {
                    if (n % 2 == 0) {
                      reservations.book(
                          new BookingCommand(
                              customers.get(n % customers.size()),
                              slot,
                              1,
                              BookingSource.direct(Channel.API)));
                      online.incrementAndGet();
                    } else {
                      desk.walkIn(
                          n % 4 == 1 ? d.staff() : secondDesk,
                          d.venue(),
                          new WalkIn(slot, 1, "Guest " + n));
                      walkIns.incrementAndGet();
                    }
                  } catch (SlotSoldOutException e) {
                    soldOut.incrementAndGet();
                  } catch (RuntimeException e) {
                    other.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                  }
                  return null;
                });
    LOG.info(
        () ->
            attempts
                + " walk-ins and online bookings at once on "
                + world.databaseProduct()
                + " in "
                + race.took().toMillis()
                + " ms: "
                + online.get()
                + " online, "
                + walkIns.get()
                + " walk-ins");

    assertTrue(other.isEmpty(), "every attempt books or is sold out: " + other);
    assertEquals(capacity, online.get() + walkIns.get());
    assertEquals(attempts - capacity, soldOut.get());
    assertEquals(capacity, world.bookedPlaces(slot));
    assertEquals(
        capacity,
        world.reservationsInSlot(slot, "CONFIRMED") + world.reservationsInSlot(slot, "CHECKED_IN"));
    assertEquals(
        walkIns.get(),
        desk.reservationsOn(d.staff(), d.venue(), LocalDate.now(zone)).items().stream()
            .filter(DeskEntry::walkIn)
            .count());
  }
}
