package io.booking.reservation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hold sweep as the container runs it: {@link HoldExpiry#sweep()} itself, on the real clock.
 * Holds that lapsed while the server was down are written directly with their old times; the first
 * sweep after the restart must release them all.
 */
@ExtendWith(ArquillianExtension.class)
class HoldExpiryIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("hold-expiry-it");
  }

  @EJB HoldExpiry holdExpiry;

  @EJB TestWorld world;

  private long slotInTwoDays(int capacity) {
    long offering = world.offering(ZoneId.of("Asia/Shanghai"), capacity, 4, Duration.ofHours(2));
    return world.slot(offering, Instant.now().plus(Duration.ofDays(2)));
  }

  @Test
  void holdsThatLapsedWhileTheServerWasDownAreReleasedByTheFirstSweepAfterIt() {
    long slot = slotInTwoDays(10);
    long customer = world.customer();
    Instant now = Instant.now();
    long lapsedTwoDaysAgo =
        world.heldReservation(
            customer,
            slot,
            2,
            now.minus(Duration.ofDays(2)).minusSeconds(600),
            now.minus(Duration.ofDays(2)));
    long lapsedAMinuteAgo =
        world.heldReservation(customer, slot, 3, now.minusSeconds(660), now.minusSeconds(60));
    long stillHeld = world.heldReservation(customer, slot, 1, now, now.plusSeconds(600));
    assertEquals(6, world.bookedPlaces(slot));

    holdExpiry.sweep();

    assertEquals("CANCELLED", world.statusOf(lapsedTwoDaysAgo));
    assertEquals("CANCELLED", world.statusOf(lapsedAMinuteAgo));
    assertEquals("HELD", world.statusOf(stillHeld));
    assertEquals(1, world.bookedPlaces(slot), "only the running hold keeps its place");
  }

  @Test
  void oneSweepReleasesMoreLapsedHoldsThanItReadsAtOnce() {
    int lapsed = 520; // a sweep reads 500 at a time
    long slot = slotInTwoDays(lapsed);
    Instant now = Instant.now();
    List<Long> holds =
        world.heldReservations(
            world.customer(),
            slot,
            1,
            lapsed,
            now.minus(Duration.ofHours(3)),
            now.minus(Duration.ofHours(2)));

    holdExpiry.sweep();

    assertEquals(lapsed, world.countWithStatus(holds, "CANCELLED"));
    assertEquals(0, world.bookedPlaces(slot));
  }

  @Test
  void theContainerRunsTheSweepOnItsOwn() throws Exception {
    Schedule schedule = HoldExpiry.class.getMethod("sweep").getAnnotation(Schedule.class);
    assertTrue(
        world.timerSchedules().contains(TestWorld.scheduleOf(schedule)),
        "the container schedules HoldExpiry.sweep: " + world.timerSchedules());
    long slot = slotInTwoDays(10);
    Instant now = Instant.now();
    long lapsed =
        world.heldReservation(
            world.customer(), slot, 2, now.minus(Duration.ofHours(2)), now.minusSeconds(3600));

    // Nobody calls the sweep here: the container's timer fires every 30 seconds.
    Instant deadline = Instant.now().plusSeconds(45);
    while (!world.statusOf(lapsed).equals("CANCELLED") && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
    }

    assertEquals("CANCELLED", world.statusOf(lapsed));
    assertEquals(0, world.bookedPlaces(slot));
  }
}
