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
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A merchant lowers an offering's capacity while a customer's booking is in flight. The booking's
 * transaction holds the slot row; the capacity change must either apply to every upcoming slot or
 * be refused, never answer "done" and leave a slot at the old capacity.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduleRacesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("schedule-races-it");
  }

  @EJB ScheduleService schedules;

  @EJB ReservationService reservations;

  @EJB AvailabilityService availability;

  @EJB TestWorld world;

  @Resource UserTransaction tx;

  @Test
  void loweringCapacityBelowABookingInFlightIsRefusedNotSkipped() throws Exception {
    long offering = world.offering(ZoneOffset.UTC, 4, 4, Duration.ofHours(2));
    long slot =
        world.slot(offering, Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS));
    book(slot, 2);
    long customer = world.customer();

    // The booking takes the third place and holds the slot row until it commits.
    tx.begin();
    CompletableFuture<Void> lowering;
    try {
      reservations.book(new BookingCommand(customer, slot, 1, BookingSource.direct(Channel.API)));
      // The merchant's change starts while that booking is uncommitted: it sees two places taken.
      lowering = CompletableFuture.runAsync(() -> schedules.updateOffering(offering, spec(2)));
      Thread.sleep(1500);
    } finally {
      tx.commit();
    }

    ExecutionException refused =
        assertThrows(ExecutionException.class, () -> lowering.get(30, TimeUnit.SECONDS));
    assertTrue(
        refused.getCause() instanceof CapacityBelowBookingsException,
        () -> "refused with " + refused.getCause());
    assertEquals(3, world.bookedPlaces(slot));
    assertEquals(4, world.capacityOf(slot), "the refused change left the slot as it was");
  }

  @Test
  void loweringCapacityAppliesToEverySlotWhenNothingIsInTheWay() {
    long offering = world.offering(ZoneOffset.UTC, 4, 4, Duration.ofHours(2));
    Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    long first = world.slot(offering, start);
    long second = world.slot(offering, start.plus(2, ChronoUnit.HOURS));
    book(first, 2);

    schedules.updateOffering(offering, spec(2));

    assertEquals(2, world.capacityOf(first));
    assertEquals(2, world.capacityOf(second));
  }

  @Test
  void slotGenerationWaitsForAScheduleChangeInFlight() throws Exception {
    long offering = world.offering(ZoneOffset.UTC, 4, 4, Duration.ofHours(2));
    schedules.addRule(
        offering,
        EnumSet.allOf(DayOfWeek.class),
        LocalTime.of(12, 0),
        LocalTime.of(12, 0),
        Duration.ofDays(1));

    // The merchant removes the only rule; before that commits, the hourly generation runs.
    tx.begin();
    CompletableFuture<Integer> generation;
    try {
      schedules.replaceSchedule(offering, List.of(), Set.of(), List.of());
      generation = CompletableFuture.supplyAsync(() -> schedules.generateAhead(offering));
      Thread.sleep(1500);
    } finally {
      tx.commit();
    }

    assertEquals(
        0, generation.get(30, TimeUnit.SECONDS), "nothing is generated from a removed rule");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertEquals(
        List.of(),
        availability.slotsOf(world.venueOf(offering), today, today.plusDays(30), offering));
  }

  private void book(long slot, int places) {
    reservations.book(
        new BookingCommand(world.customer(), slot, places, BookingSource.direct(Channel.API)));
  }

  private static OfferingSpec spec(int capacity) {
    return new OfferingSpec(
        "Table", 60, capacity, capacity, new BigDecimal("10.00"), "EUR", 2, 0, 14, null);
  }
}
