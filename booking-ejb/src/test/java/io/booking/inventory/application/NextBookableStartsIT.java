package io.booking.inventory.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.booking.reservation.application.BookingCommand;
import io.booking.reservation.application.ReservationService;
import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.Channel;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The search page's "next free" times: one query for a page of venues (native SQL, both DBs). */
@ExtendWith(ArquillianExtension.class)
class NextBookableStartsIT {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("next-bookable-starts-it");
  }

  @EJB AvailabilityService availability;

  @EJB ReservationService reservations;

  @EJB TestWorld world;

  @Test
  void eachVenueGetsItsEarliestSlotThatCanStillBeBooked() {
    Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
    // Venue A: full in 2 h, withdrawn in 3 h, free in 4 h and 5 h.
    long a = world.offering(BERLIN, 2, 2, Duration.ofHours(1));
    long full = world.slot(a, hour.plus(Duration.ofHours(2)));
    reservations.book(
        new BookingCommand(world.customer(), full, 2, BookingSource.direct(Channel.API)));
    world.withdraw(world.slot(a, hour.plus(Duration.ofHours(3))));
    world.slot(a, hour.plus(Duration.ofHours(5)));
    world.slot(a, hour.plus(Duration.ofHours(4)));
    // Venue B: booking closes 6 h before; its slot in 5 h is too late to book, the one in 9 h is
    // not.
    long b = world.offering(BERLIN, 4, 2, Duration.ofHours(1));
    world.leadMinutes(b, 360);
    world.slot(b, hour.plus(Duration.ofHours(5)));
    world.slot(b, hour.plus(Duration.ofHours(9)));
    // Venue C: only a slot that has started.
    long c = world.offering(BERLIN, 4, 2, Duration.ofHours(1));
    world.slot(c, hour.minus(Duration.ofMinutes(30)), hour.plus(Duration.ofMinutes(90)));

    long venueA = world.venueOf(a);
    long venueB = world.venueOf(b);
    long venueC = world.venueOf(c);
    Map<Long, Instant> next = availability.nextBookableStarts(List.of(venueA, venueB, venueC));

    assertEquals(hour.plus(Duration.ofHours(4)), next.get(venueA));
    assertEquals(hour.plus(Duration.ofHours(9)), next.get(venueB));
    assertFalse(next.containsKey(venueC), "a venue with nothing bookable has no next time");
    assertEquals(Map.of(), availability.nextBookableStarts(List.of()));
  }
}
