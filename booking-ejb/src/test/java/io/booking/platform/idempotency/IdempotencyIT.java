package io.booking.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.reservation.application.BookingCommand;
import io.booking.reservation.application.BookingResult;
import io.booking.reservation.application.DeskEntry;
import io.booking.reservation.application.ReservationService;
import io.booking.reservation.application.StaffDesk;
import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.Channel;
import io.booking.reservation.domain.ReservationStatus;
import io.booking.testing.AtOnce;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every state-changing call takes an Idempotency-Key the same way: a repeat answers what the first
 * request did, a twin arriving at the same moment waits and gets the same answer, and the key with
 * another request is refused.
 */
@ExtendWith(ArquillianExtension.class)
class IdempotencyIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("idempotency-it");
  }

  @EJB ReservationService reservations;

  @EJB StaffDesk desk;

  @EJB TestWorld world;

  @Test
  void twinsOfABookingArrivingAtOnceBookOnce() throws Exception {
    long slot = slotInThreeDays(8);
    long customer = world.customer();
    String key = UUID.randomUUID().toString();

    List<BookingResult> answers =
        AtOnce.run(
                6,
                6,
                Duration.ofSeconds(60),
                i -> () -> reservations.bookOnce(command(customer, slot), key))
            .results();

    assertEquals(1, answers.stream().map(a -> a.reservation().id()).distinct().count());
    assertEquals(1, answers.stream().filter(a -> !a.replayed()).count());
    assertEquals(2, world.bookedPlaces(slot));
  }

  @Test
  void aRepeatedCancellationAnswersAsTheFirstAndTheKeyServesNothingElse() {
    long customer = world.customer();
    long first = book(customer, slotInThreeDays(8));
    long second = book(customer, slotInThreeDays(8));
    String key = UUID.randomUUID().toString();

    BookingResult cancelled = reservations.cancelOnce(customer, first, key);
    BookingResult again = reservations.cancelOnce(customer, first, key);

    assertEquals(ReservationStatus.CANCELLED, cancelled.reservation().status());
    assertFalse(cancelled.replayed());
    assertTrue(again.replayed());
    assertEquals(cancelled.reservation().id(), again.reservation().id());
    assertThrows(
        IdempotencyKeyReusedException.class, () -> reservations.cancelOnce(customer, second, key));
    assertEquals(ReservationStatus.CONFIRMED, reservations.reservation(customer, second).status());
  }

  @Test
  void aRepeatedNoShowAnswersAsTheFirstAndTheKeyServesNothingElse() {
    ZoneId zone = TestWorld.zoneWhereTodayLastsTwoMoreHours();
    long offering = world.offering(zone, 10, 4, Duration.ofHours(2));
    long venue = world.venueOf(offering);
    long staff = world.staffAt(venue);
    long late =
        world.confirmedReservation(
            world.customer(), world.slot(offering, Instant.now().minus(Duration.ofMinutes(30))), 2);
    String key = UUID.randomUUID().toString();

    DeskEntry marked = desk.markNoShowOnce(staff, venue, late, key).value();
    DeskEntry repeated = desk.markNoShowOnce(staff, venue, late, key).value();

    assertEquals(ReservationStatus.NO_SHOW, marked.status());
    assertEquals(marked, repeated);
    assertThrows(
        IdempotencyKeyReusedException.class,
        () -> desk.markNoShowOnce(staff, venue, late + 1, key),
        "the key names the first request");
  }

  @Test
  void keysAreKeptPerCaller() {
    long slot = slotInThreeDays(8);
    String key = "same-key-" + UUID.randomUUID();
    long one = world.customer();
    long other = world.customer();

    BookingResult a = reservations.bookOnce(command(one, slot), key);
    BookingResult b = reservations.bookOnce(command(other, slot), key);

    assertFalse(b.replayed(), "another caller's key is theirs");
    assertTrue(a.reservation().id() != b.reservation().id());
  }

  private long slotInThreeDays(int capacity) {
    long offering = world.offering(ZoneId.of("UTC"), capacity, 4, Duration.ofHours(1));
    return world.slot(
        offering, Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS));
  }

  private long book(long customer, long slot) {
    return reservations.book(command(customer, slot)).id();
  }

  private static BookingCommand command(long customer, long slot) {
    return new BookingCommand(customer, slot, 2, BookingSource.direct(Channel.API));
  }
}
