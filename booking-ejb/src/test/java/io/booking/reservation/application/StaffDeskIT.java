package io.booking.reservation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.Channel;
import io.booking.reservation.domain.ReservationStatus;
import io.booking.reservation.domain.WrongDayException;
import io.booking.reservation.domain.WrongVenueException;
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
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class StaffDeskIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("staff-desk-it");
  }

  @EJB StaffDesk desk;

  @EJB ReservationService reservations;

  @EJB TestWorld world;

  @Inject CheckInEvents events;

  private record Visit(long venue, long staff, ReservationView reservation, ZoneId zone) {}

  /** A confirmed reservation starting in an hour, "today" in the venue's zone, and a desk. */
  private Visit visitToday() {
    ZoneId zone = TestWorld.zoneWhereTodayLastsTwoMoreHours();
    long offering = world.offering(zone, 10, 4, Duration.ofHours(2));
    long slot = world.slot(offering, Instant.now().plus(Duration.ofHours(1)));
    long venue = world.venueOf(offering);
    ReservationView r =
        reservations.book(
            new BookingCommand(world.customer(), slot, 2, BookingSource.direct(Channel.API)));
    return new Visit(venue, world.staffAt(venue), r, zone);
  }

  @Test
  void staffCheckInByTypedCodeOnceAndTheEventFollowsTheCommit() {
    Visit v = visitToday();
    String typed =
        v.reservation().code().toLowerCase().substring(0, 4)
            + "-"
            + v.reservation().code().toLowerCase().substring(4);

    CheckInResult first = desk.checkIn(v.staff(), v.venue(), typed);
    CheckInResult second = desk.checkIn(v.staff(), v.venue(), v.reservation().code());

    assertEquals(ReservationStatus.CHECKED_IN, first.status());
    assertFalse(first.alreadyCheckedIn());
    assertTrue(second.alreadyCheckedIn());
    assertEquals(1, events.countFor(v.reservation().id()));
  }

  @Test
  void theDayListShowsWhoComesWhen() {
    Visit v = visitToday();
    LocalDate today = LocalDate.now(v.zone());

    List<DeskEntry> list = desk.reservationsOn(v.staff(), v.venue(), today).items();

    assertEquals(1, list.size());
    DeskEntry e = list.get(0);
    assertEquals(v.reservation().code(), e.code());
    assertEquals("Customer", e.customerName());
    assertEquals(2, e.partySize());
    assertEquals(ReservationStatus.CONFIRMED, e.status());
    assertTrue(desk.reservationsOn(v.staff(), v.venue(), today.plusDays(1)).items().isEmpty());
  }

  @Test
  void codesOfAnotherVenueOrDayAreRefusedWithTheReason() {
    Visit here = visitToday();
    Visit elsewhere = visitToday();
    assertThrows(
        WrongVenueException.class,
        () -> desk.checkIn(here.staff(), here.venue(), elsewhere.reservation().code()));

    long offering = world.offering(here.zone(), 10, 4, Duration.ofHours(2));
    long tomorrowSlot = world.slot(offering, Instant.now().plus(Duration.ofDays(2)));
    ReservationView later =
        reservations.book(
            new BookingCommand(
                world.customer(), tomorrowSlot, 1, BookingSource.direct(Channel.API)));
    long venue = world.venueOf(offering);
    long staff = world.staffAt(venue);
    assertThrows(WrongDayException.class, () -> desk.checkIn(staff, venue, later.code()));
    assertThrows(UnknownObjectException.class, () -> desk.checkIn(staff, venue, "ZZZZ-ZZZZ"));
    assertEquals(0, events.countFor(later.id()));
  }

  @Test
  void staffReachOnlyTheVenuesTheyWorkAt() {
    Visit v = visitToday();
    long stranger = world.customer();
    long otherStaff = visitToday().staff();

    assertThrows(
        UnknownObjectException.class,
        () -> desk.checkIn(stranger, v.venue(), v.reservation().code()));
    assertThrows(
        UnknownObjectException.class,
        () -> desk.reservationsOn(otherStaff, v.venue(), LocalDate.now(v.zone())));
    long owner = world.ownerOfReservation(v.reservation().id());
    assertEquals(
        ReservationStatus.CONFIRMED,
        reservations.reservation(owner, v.reservation().id()).status(),
        "nothing was checked in by the refused attempts");
  }

  @EJB NoShows noShows;

  @Test
  void aNoShowIsMarkedAfterTheGracePeriodByHandOrAtTheEndOfTheDay() {
    ZoneId zone = TestWorld.zoneWhereTodayLastsTwoMoreHours();
    long offering = world.offering(zone, 10, 4, Duration.ofHours(2));
    long venue = world.venueOf(offering);
    long staff = world.staffAt(venue);
    long late =
        world.confirmedReservation(
            world.customer(), world.slot(offering, Instant.now().minus(Duration.ofMinutes(30))), 2);
    long soon =
        world.confirmedReservation(
            world.customer(), world.slot(offering, Instant.now().plus(Duration.ofMinutes(30))), 2);
    long came =
        world.confirmedReservation(
            world.customer(), world.slot(offering, Instant.now().plus(Duration.ofMinutes(45))), 1);
    desk.checkIn(staff, venue, codeOf(staff, venue, came));

    assertEquals(ReservationStatus.NO_SHOW, desk.markNoShow(staff, venue, late).status());
    assertThrows(
        io.booking.reservation.domain.TooEarlyForNoShowException.class,
        () -> desk.markNoShow(staff, venue, soon));
    assertThrows(
        UnknownObjectException.class, () -> desk.markNoShow(world.customer(), venue, soon));

    // Only this test's visits: a sweep two days ahead would mark other tests' as well.
    Instant dayAfterTomorrow = Instant.now().plus(Duration.ofDays(2));
    assertTrue(noShows.markIfDayOver(soon, dayAfterTomorrow));
    assertFalse(noShows.markIfDayOver(came, dayAfterTomorrow));
    assertEquals("NO_SHOW", world.statusOf(soon), "the day is over: nobody came");
    assertEquals("CHECKED_IN", world.statusOf(came), "a checked-in visit stays so");
  }

  private String codeOf(long staff, long venue, long reservationId) {
    return desk
        .reservationsOn(staff, venue, LocalDate.now(TestWorld.zoneWhereTodayLastsTwoMoreHours()))
        .items()
        .stream()
        .filter(e -> e.reservationId() == reservationId)
        .findFirst()
        .orElseThrow()
        .code();
  }

  @Test
  void twoDesksCheckingInOneCodeAtOnceCheckItInOnce() throws Exception {
    Visit v = visitToday();
    long secondDesk = world.staffAt(v.venue());
    List<CheckInResult> results =
        AtOnce.run(
                8,
                8,
                Duration.ofMinutes(1),
                i -> {
                  long staff = i % 2 == 0 ? v.staff() : secondDesk;
                  return () -> desk.checkIn(staff, v.venue(), v.reservation().code());
                })
            .results();
    long firstTimes = results.stream().filter(r -> !r.alreadyCheckedIn()).count();

    assertEquals(1, firstTimes, "exactly one desk checks the customer in");
    assertEquals(1, events.countFor(v.reservation().id()));
  }
}
