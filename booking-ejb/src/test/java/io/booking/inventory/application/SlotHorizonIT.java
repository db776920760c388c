package io.booking.inventory.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
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
 * The slot generator as the container runs it: {@link SlotHorizon#extend()} itself, on the real
 * clock, after an outage during which the horizon moved on without it.
 */
@ExtendWith(ArquillianExtension.class)
class SlotHorizonIT {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("slot-horizon-it");
  }

  @EJB SlotHorizon slotHorizon;

  @EJB ScheduleService schedules;

  @EJB TestWorld world;

  @Test
  void daysThatEnteredTheHorizonWhileTheServerWasDownGetTheirSlotsOnTheFirstRunAfterIt() {
    long offering = world.offering(BERLIN, 8, 2, Duration.ofHours(2));
    schedules.addRule(
        offering,
        EnumSet.allOf(DayOfWeek.class),
        LocalTime.of(12, 0),
        LocalTime.of(12, 0),
        Duration.ofDays(1));
    int horizon = world.horizonDays(offering);
    LocalDate today = LocalDate.now(BERLIN);
    LocalDate lastRun = today.minusDays(5);
    // What the last run before the outage left: its horizon, five days ago.
    schedules.generate(offering, lastRun, lastRun.plusDays(horizon - 1L));
    assertEquals(
        today.datesUntil(today.plusDays(horizon - 5L)).toList(), slotDaysFrom(offering, today));

    slotHorizon.extend();

    assertEquals(
        today.datesUntil(today.plusDays(horizon)).toList(),
        slotDaysFrom(offering, today),
        "one slot on each day up to the horizon, none twice");
  }

  @Test
  void theContainerSchedulesTheGenerator() throws Exception {
    Schedule schedule = SlotHorizon.class.getMethod("extend").getAnnotation(Schedule.class);
    assertTrue(
        world.timerSchedules().contains(TestWorld.scheduleOf(schedule)),
        "the container schedules SlotHorizon.extend: " + world.timerSchedules());
  }

  /** The local dates of the offering's slots from the start of {@code day}, in order. */
  private List<LocalDate> slotDaysFrom(long offering, LocalDate day) {
    Instant from = day.atStartOfDay(BERLIN).toInstant();
    return world.slotStarts(offering, from, from.plus(Duration.ofDays(60))).stream()
        .map(start -> start.atZone(BERLIN).toLocalDate())
        .sorted()
        .toList();
  }
}
