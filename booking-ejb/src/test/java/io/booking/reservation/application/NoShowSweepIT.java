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
 * The no-show sweep as the container runs it: {@link NoShowSweep#sweep()} itself, on the real
 * clock. Visits whose day ended while the server was down are written with their old times; the
 * first sweep after the restart must mark them all.
 */
@ExtendWith(ArquillianExtension.class)
class NoShowSweepIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("no-show-sweep-it");
  }

  @EJB NoShowSweep noShowSweep;

  @EJB TestWorld world;

  @Test
  void visitsWhoseDayEndedWhileTheServerWasDownAreMarkedByTheFirstSweepAfterIt() {
    ZoneId zone = TestWorld.zoneWhereTodayLastsTwoMoreHours();
    long offering = world.offering(zone, 10, 4, Duration.ofHours(2));
    long customer = world.customer();
    Instant now = Instant.now();
    long twoDaysAgo =
        world.confirmedReservation(
            customer, world.slot(offering, now.minus(Duration.ofDays(2))), 2);
    long yesterday =
        world.confirmedReservation(
            customer, world.slot(offering, now.minus(Duration.ofHours(26))), 2);
    long endedToday =
        world.confirmedReservation(
            customer,
            world.slot(
                offering, now.minus(Duration.ofMinutes(50)), now.minus(Duration.ofMinutes(5))),
            2);

    noShowSweep.sweep();

    assertEquals("NO_SHOW", world.statusOf(twoDaysAgo));
    assertEquals("NO_SHOW", world.statusOf(yesterday));
    assertEquals("CONFIRMED", world.statusOf(endedToday), "its day is not over yet");
  }

  @Test
  void oneSweepMarksMoreEndedVisitsThanItReadsAtOnce() {
    int ended = 1010; // a sweep reads 1000 at a time
    long offering = world.offering(ZoneId.of("Europe/Berlin"), 10, 4, Duration.ofHours(2));
    long slot = world.slot(offering, Instant.now().minus(Duration.ofDays(3)));
    List<Long> visits = world.confirmedReservations(world.customer(), slot, ended);

    noShowSweep.sweep();

    assertEquals(ended, world.countWithStatus(visits, "NO_SHOW"));
  }

  @Test
  void theContainerSchedulesTheSweep() throws Exception {
    Schedule schedule = NoShowSweep.class.getMethod("sweep").getAnnotation(Schedule.class);
    assertTrue(
        world.timerSchedules().contains(TestWorld.scheduleOf(schedule)),
        "the container schedules NoShowSweep.sweep: " + world.timerSchedules());
  }
}
