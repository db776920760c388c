package io.booking.reservation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.Channel;
import io.booking.reservation.domain.SlotSoldOutException;
import io.booking.testing.AtOnce;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
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
 * Many customers press "book" on the same slot at once. Runs against whatever database the
 * container has: H2 on a developer's machine, MariaDB in CI (BOOKING_IT_DB_URL), where the row
 * locking of the conditional update is what is proven.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentBookingIT {

  private static final Logger LOG = Logger.getLogger(ConcurrentBookingIT.class.getName());
  private static final int ATTEMPTS = 120;
  private static final int CUSTOMERS = 12;

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("concurrent-booking-it");
  }

  @EJB ReservationService reservations;

  @EJB TestWorld world;

  @Test
  void manyConcurrentAttemptsSellExactlyTheFreePlaces() throws Exception {
    int capacity = 7;
    long slot =
        world.slot(
            world.offering(ZoneId.of("Europe/Berlin"), capacity, 2, Duration.ofHours(2)),
            Instant.now().plus(Duration.ofDays(2)));
    List<Long> customers = new ArrayList<>();
    for (int i = 0; i < CUSTOMERS; i++) {
      customers.add(world.customer());
    }

    AtomicInteger booked = new AtomicInteger();
    AtomicInteger soldOut = new AtomicInteger();
    Map<String, Integer> otherOutcomes = new ConcurrentHashMap<>();
    AtOnce.Race<Void> race =
        AtOnce.run(
            32,
            ATTEMPTS,
            Duration.ofMinutes(2),
            i -> {
              long customer = customers.get(i % CUSTOMERS);
              return () -> {
                try {
                  reservations.book(
                      new BookingCommand(customer, slot, 1, BookingSource.direct(Channel.API)));
                  booked.incrementAndGet();
                } catch (SlotSoldOutException e) {
                  soldOut.incrementAndGet();
                } catch (RuntimeException e) {
                  otherOutcomes.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                }
                return null;
              };
            });
    LOG.info(
        () ->
            ATTEMPTS
                + " concurrent attempts on "
                + world.databaseProduct()
                + " in "
                + race.took().toMillis()
                + " ms");

    assertTrue(otherOutcomes.isEmpty(), "every attempt books or is sold out: " + otherOutcomes);
    assertEquals(capacity, booked.get());
    assertEquals(ATTEMPTS - capacity, soldOut.get());
    assertEquals(capacity, world.bookedPlaces(slot));
    assertEquals(capacity, world.reservationsInSlot(slot, "CONFIRMED"));
  }

  @Test
  void concurrentRetriesWithOneIdempotencyKeyBookOnce() throws Exception {
    long customer = world.customer();
    long slot =
        world.slot(
            world.offering(ZoneId.of("Asia/Shanghai"), 10, 2, Duration.ofHours(2)),
            Instant.now().plus(Duration.ofDays(3)));
    List<Long> ids =
        AtOnce.run(
                16,
                16,
                Duration.ofMinutes(2),
                i ->
                    () ->
                        reservations
                            .bookOnce(
                                new BookingCommand(
                                    customer, slot, 2, BookingSource.direct(Channel.API)),
                                "retry-storm")
                            .reservation()
                            .id())
            .results();

    assertEquals(1, ids.stream().distinct().count(), "all retries answer the same reservation");
    assertEquals(2, world.bookedPlaces(slot));
    assertEquals(1, world.reservationsInSlot(slot, "CONFIRMED"));
  }
}
