package io.booking.reservation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.Channel;
import io.booking.reservation.domain.DailyBookingLimitReachedException;
import io.booking.testing.AtOnce;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The venue's daily booking limit: one customer holds at most so many bookings at a venue on one of
 * its days, counted in the venue's zone, cancelled ones not counted, and not one more when the
 * customer's bookings arrive at once (on MariaDB in CI, where the account row's lock is proven).
 */
@ExtendWith(ArquillianExtension.class)
class DailyBookingLimitIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("daily-booking-limit-it");
  }

  @EJB ReservationService reservations;

  @EJB TestWorld world;

  @Test
  void aCustomerHoldsAtMostTheLimitOnAVenueDayAndCancellingFreesOne() {
    long offering = world.offering(SHANGHAI, 10, 4, Duration.ofHours(2));
    world.limitDailyBookings(world.venueOf(offering), 2);
    LocalDate day = LocalDate.now(SHANGHAI).plusDays(5);
    long noon = slotAt(offering, day, "12:00");
    long one = slotAt(offering, day, "13:00");
    long two = slotAt(offering, day, "14:00");
    long nextDay = slotAt(offering, day.plusDays(1), "12:00");
    long customer = world.customer();

    long first = book(customer, noon);
    book(customer, one);
    DailyBookingLimitReachedException refused =
        assertThrows(DailyBookingLimitReachedException.class, () -> book(customer, two));
    assertEquals(2, refused.limit());
    assertEquals(0, world.bookedPlaces(two), "a refused booking takes no places");

    book(customer, nextDay);
    book(world.customer(), two);

    reservations.cancel(customer, first);
    book(customer, two);
    assertEquals(
        List.of(0, 1, 2, 1),
        List.of(
            world.bookedPlaces(noon),
            world.bookedPlaces(one),
            world.bookedPlaces(two),
            world.bookedPlaces(nextDay)));
  }

  @Test
  void theDayIsTheVenuesNotUtcs() {
    long offering = world.offering(SHANGHAI, 10, 4, Duration.ofHours(2));
    world.limitDailyBookings(world.venueOf(offering), 1);
    LocalDate day = LocalDate.now(SHANGHAI).plusDays(6);
    // 23:00 and, an hour later, 00:00 the next day in Shanghai: both on one UTC day (15:00, 16:00).
    long late = slotAt(offering, day, "23:00");
    long midnight = slotAt(offering, day.plusDays(1), "00:00");
    long customer = world.customer();

    book(customer, late);
    book(customer, midnight);
    assertThrows(
        DailyBookingLimitReachedException.class,
        () -> book(customer, slotAt(offering, day, "08:00")));
  }

  @Test
  void aCustomersBookingsAtOnceStopAtTheLimit() throws Exception {
    int limit = 3;
    int attempts = 10;
    for (int round = 0; round < 4; round++) {
      long offering = world.offering(SHANGHAI, 10, 4, Duration.ofHours(2));
      world.limitDailyBookings(world.venueOf(offering), limit);
      LocalDate day = LocalDate.now(SHANGHAI).plusDays(7 + round);
      List<Long> slots = new ArrayList<>();
      for (int i = 0; i < attempts; i++) {
        slots.add(slotAt(offering, day, LocalTime.of(9, 0).plusMinutes(60L * i).toString()));
      }
      long customer = world.customer();
      Map<String, Integer> outcomes = new ConcurrentHashMap<>();
      AtOnce.run(
          attempts,
          attempts,
          Duration.ofMinutes(2),
          i ->
              () -> {
                String outcome;
                try {
                  // Half as the pages send them (with a key), half without.
                  reservations.bookOnce(
                      new BookingCommand(
                          customer, slots.get(i), 1, BookingSource.direct(Channel.API)),
                      i % 2 == 0 ? "limit-race-" + i : null);
                  outcome = "booked";
                } catch (DailyBookingLimitReachedException e) {
                  outcome = "limit";
                } catch (RuntimeException e) {
                  outcome = e.getClass().getSimpleName();
                }
                outcomes.merge(outcome, 1, Integer::sum);
                return null;
              });
      assertEquals(
          Map.of("booked", limit, "limit", attempts - limit),
          outcomes,
          "round " + round + " on " + world.databaseProduct());
      long held = slots.stream().mapToInt(world::bookedPlaces).sum();
      assertEquals(limit, held, "places taken, round " + round);
    }
  }

  private long slotAt(long offering, LocalDate day, String localTime) {
    return world.slot(
        offering, day.atTime(LocalTime.parse(localTime)).atZone(SHANGHAI).toInstant());
  }

  private long book(long customer, long slot) {
    long id =
        reservations
            .book(new BookingCommand(customer, slot, 1, BookingSource.direct(Channel.API)))
            .id();
    assertTrue(id > 0);
    return id;
  }
}
