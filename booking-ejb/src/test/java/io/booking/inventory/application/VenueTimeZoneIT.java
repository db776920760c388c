package io.booking.inventory.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.booking.catalog.application.MerchantCatalog;
import io.booking.catalog.application.VenueSpec;
import io.booking.reservation.application.BookingCommand;
import io.booking.reservation.application.ReservationService;
import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.Channel;
import io.booking.shared.domain.BusinessConflictException;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A merchant corrects the venue's time zone. Slots are stored as instants, so without care the old
 * ones would show at shifted local times and the next generation would add a second set.
 */
@ExtendWith(ArquillianExtension.class)
class VenueTimeZoneIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("venue-time-zone-it");
  }

  @EJB MerchantCatalog catalog;

  @EJB ScheduleService schedules;

  @EJB AvailabilityService availability;

  @EJB ReservationService reservations;

  @EJB TestWorld world;

  @Test
  void aNewZoneMovesTheUpcomingSlotsToTheSameLocalTimesThere() {
    long offering = offeringAtNoon(SHANGHAI);
    long venue = world.venueOf(offering);
    long owner = world.ownerOfVenue(venue);
    LocalDate from = LocalDate.now(SHANGHAI).plusDays(2);
    LocalDate to = from.plusDays(3);
    assertEquals(4, slots(venue, offering, from, to).size());

    catalog.updateVenue(owner, venue, spec(BERLIN));
    schedules.generateAhead(offering); // the hourly run

    List<SlotView> after = slots(venue, offering, from, to);
    assertEquals(4, after.size(), "one slot a day, not a second set: " + after);
    after.forEach(
        s -> {
          assertEquals(LocalTime.NOON, s.start().toLocalTime());
          assertEquals(BERLIN.getRules().getOffset(s.start().toInstant()), s.start().getOffset());
        });
  }

  @Test
  void theZoneCannotChangeUnderUpcomingBookings() {
    long offering = offeringAtNoon(SHANGHAI);
    long venue = world.venueOf(offering);
    long owner = world.ownerOfVenue(venue);
    LocalDate day = LocalDate.now(SHANGHAI).plusDays(2);
    SlotView booked = slots(venue, offering, day, day).get(0);
    reservations.book(
        new BookingCommand(world.customer(), booked.id(), 1, BookingSource.direct(Channel.API)));

    BusinessConflictException refused =
        assertThrows(
            BusinessConflictException.class, () -> catalog.updateVenue(owner, venue, spec(BERLIN)));

    assertEquals("time-zone-has-bookings", refused.reason());
    assertEquals(SHANGHAI, catalog.venueOf(owner, venue).timeZone());
    assertEquals(booked.start(), slots(venue, offering, day, day).get(0).start());
  }

  private long offeringAtNoon(ZoneId zone) {
    long offering = world.offering(zone, 4, 2, Duration.ofHours(1));
    schedules.addRule(
        offering,
        EnumSet.allOf(DayOfWeek.class),
        LocalTime.NOON,
        LocalTime.NOON,
        Duration.ofDays(1));
    schedules.generateAhead(offering);
    return offering;
  }

  private List<SlotView> slots(long venue, long offering, LocalDate from, LocalDate to) {
    return availability.slotsOf(venue, from, to, offering);
  }

  private static VenueSpec spec(ZoneId zone) {
    return new VenueSpec(
        "Renamed venue",
        "RESTAURANT",
        "A test venue",
        "1 Test Street",
        "Centre",
        "Testville",
        31.2,
        121.4,
        zone.getId(),
        List.of(),
        null);
  }
}
