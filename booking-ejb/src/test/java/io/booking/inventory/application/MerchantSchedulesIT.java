package io.booking.inventory.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.catalog.application.OfferingSpec;
import io.booking.inventory.domain.CapacityBelowBookingsException;
import io.booking.reservation.application.BookingCommand;
import io.booking.reservation.application.ReservationService;
import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.Channel;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.UnknownObjectException;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class MerchantSchedulesIT {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("merchant-schedules-it");
  }

  @EJB MerchantSchedules schedules;

  @EJB AvailabilityService availability;

  @EJB ReservationService reservations;

  @EJB TestWorld world;

  private static List<RuleSpec> dailyAt(String time) {
    return List.of(
        new RuleSpec(
            EnumSet.allOf(DayOfWeek.class), LocalTime.parse(time), LocalTime.parse(time), 0));
  }

  @Test
  void changingTheScheduleRegeneratesSlotsAndKeepsTheBookedOnes() {
    long offering = world.offering(BERLIN, 10, 4, Duration.ofHours(2));
    long venue = world.venueOf(offering);
    long owner = world.ownerOfVenue(venue);
    LocalDate day = LocalDate.now(BERLIN).plusDays(3);

    ScheduleChange first =
        schedules.replaceSchedule(owner, offering, dailyAt("18:00"), Set.of(), List.of());
    assertTrue(first.created() >= 13, "two weeks of 18:00 slots, was " + first.created());
    SlotView booked = availability.slotsOf(venue, day, day, offering).get(0);
    reservations.book(
        new BookingCommand(world.customer(), booked.id(), 2, BookingSource.direct(Channel.API)));

    ScheduleChange second =
        schedules.replaceSchedule(
            owner, offering, dailyAt("19:00"), Set.of(day.plusDays(1)), List.of());

    assertEquals(first.created() - 1, second.withdrawn(), "every free 18:00 slot is withdrawn");
    assertEquals(
        List.of(booked.id()), second.keptWithBookings().stream().map(SlotView::id).toList());
    List<LocalTime> times =
        availability.slotsOf(venue, day, day, offering).stream()
            .map(s -> s.start().toLocalTime())
            .toList();
    assertEquals(List.of(LocalTime.of(18, 0), LocalTime.of(19, 0)), times, "the booked slot stays");
    assertTrue(
        availability.slotsOf(venue, day.plusDays(1), day.plusDays(1), offering).isEmpty(),
        "blackout");
    assertEquals(List.of(day.plusDays(1)), schedules.schedule(owner, offering).blackoutDates());

    ScheduleChange back =
        schedules.replaceSchedule(owner, offering, dailyAt("18:00"), Set.of(), List.of());
    assertEquals(0, back.created(), "withdrawn 18:00 slots come back instead of new ones");
    assertEquals(
        List.of(LocalTime.of(18, 0)),
        availability.slotsOf(venue, day.plusDays(2), day.plusDays(2), offering).stream()
            .map(s -> s.start().toLocalTime())
            .toList());
  }

  @Test
  void capacityCannotDropBelowWhatIsBooked() {
    long offering = world.offering(BERLIN, 10, 6, Duration.ofHours(2));
    long venue = world.venueOf(offering);
    long owner = world.ownerOfVenue(venue);
    long slot = world.slot(offering, Instant.now().plus(Duration.ofDays(2)));
    reservations.book(
        new BookingCommand(world.customer(), slot, 6, BookingSource.direct(Channel.API)));
    OfferingSpec four =
        new OfferingSpec("Table", 60, 4, 4, new BigDecimal("10.00"), "EUR", 2, null, null, null);
    OfferingSpec eight =
        new OfferingSpec("Table", 60, 8, 4, new BigDecimal("10.00"), "EUR", 2, null, null, null);

    assertThrows(
        CapacityBelowBookingsException.class,
        () -> schedules.updateOffering(owner, venue, offering, four));
    assertEquals(8, schedules.updateOffering(owner, venue, offering, eight).capacity());
    assertEquals(8, availability.slot(slot).capacity());
    assertEquals(2, availability.slot(slot).available());
    InvalidInputException bad =
        assertThrows(
            InvalidInputException.class,
            () ->
                schedules.updateOffering(
                    owner,
                    venue,
                    offering,
                    new OfferingSpec("", 2, 0, 9, new BigDecimal("-1"), "EUR", -1, -5, 0, null)));
    assertTrue(bad.errors().size() >= 7, bad.getMessage());
  }

  @Test
  void leadTimeHorizonAndAnExtraEvening() {
    long offering = world.offering(BERLIN, 10, 4, Duration.ofHours(1));
    long venue = world.venueOf(offering);
    long owner = world.ownerOfVenue(venue);
    long soon = world.slot(offering, Instant.now().plus(Duration.ofMinutes(90)));
    OfferingSpec twoHoursAheadThreeDays =
        new OfferingSpec("Court", 60, 10, 4, new BigDecimal("10.00"), "EUR", 2, 120, 3, null);
    schedules.updateOffering(owner, venue, offering, twoHoursAheadThreeDays);

    LocalDate today = LocalDate.now(BERLIN);
    LocalDate extraDay = today.plusDays(1);
    ScheduleChange change =
        schedules.replaceSchedule(
            owner,
            offering,
            dailyAt("23:30"),
            Set.of(),
            List.of(new ExtraSpec(extraDay, LocalTime.of(19, 0), LocalTime.of(20, 0), 60)));

    List<LocalDate> days =
        availability.slotsOf(venue, today, today.plusDays(30), offering).stream()
            .map(s -> s.start().toLocalDate())
            .distinct()
            .toList();
    assertTrue(days.stream().allMatch(d -> d.isBefore(today.plusDays(3))), days.toString());
    assertTrue(
        availability.slotsOf(venue, today, today, offering).stream().noneMatch(s -> s.id() == soon),
        "a slot inside the two-hour lead time is not offered");
    assertThrows(
        io.booking.reservation.domain.BookingClosedException.class,
        () ->
            reservations.book(
                new BookingCommand(world.customer(), soon, 1, BookingSource.direct(Channel.API))));
    assertTrue(change.created() >= 2, "the rules up to the horizon: " + change);
    assertEquals(
        List.of(LocalTime.of(19, 0), LocalTime.of(20, 0), LocalTime.of(23, 30)),
        availability.slotsOf(venue, extraDay, extraDay, offering).stream()
            .map(s -> s.start().toLocalTime())
            .toList(),
        "the extra evening comes on top of the weekly rule");
    assertEquals(1, schedules.schedule(owner, offering).extraOpenings().size());
  }

  @Test
  void anotherMerchantReachesNoneOfIt() {
    long offering = world.offering(BERLIN, 10, 4, Duration.ofHours(2));
    long venue = world.venueOf(offering);
    long stranger =
        world.ownerOfVenue(world.venueOf(world.offering(BERLIN, 5, 2, Duration.ofHours(2))));
    OfferingSpec spec =
        new OfferingSpec("Mine now", 60, 4, 4, new BigDecimal("1.00"), "EUR", 0, null, null, null);

    assertThrows(UnknownObjectException.class, () -> schedules.schedule(stranger, offering));
    assertThrows(
        UnknownObjectException.class,
        () -> schedules.replaceSchedule(stranger, offering, dailyAt("10:00"), Set.of(), List.of()));
    assertThrows(
        UnknownObjectException.class,
        () -> schedules.updateOffering(stranger, venue, offering, spec));
    assertTrue(schedules.schedule(world.ownerOfVenue(venue), offering).rules().isEmpty());
  }
}
