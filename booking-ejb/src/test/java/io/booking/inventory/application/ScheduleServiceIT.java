package io.booking.inventory.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

@ExtendWith(ArquillianExtension.class)
class ScheduleServiceIT {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("schedule-service-it");
  }

  @EJB ScheduleService schedules;

  @EJB AvailabilityService availability;

  @EJB TestWorld world;

  @Test
  void weeklyRulesGenerateSlotsOnceAndKeepLocalTimesAcrossDst() {
    long offering = world.offering(BERLIN, 8, 2, Duration.ofHours(2));
    schedules.addRule(
        offering,
        EnumSet.allOf(DayOfWeek.class),
        LocalTime.of(19, 0),
        LocalTime.of(19, 0),
        Duration.ofDays(1));
    LocalDate from = LocalDate.now(BERLIN).plusYears(1).withMonth(3).withDayOfMonth(20);
    LocalDate to = from.plusDays(14);

    int created = schedules.generate(offering, from, to);
    int again = schedules.generate(offering, from, to);

    assertEquals(15, created);
    assertEquals(0, again, "generating twice creates nothing new");
    long venue = world.venueOf(offering);
    List<SlotView> slots = availability.slotsOf(venue, from, to, offering);
    assertEquals(15, slots.size());
    assertTrue(slots.stream().allMatch(s -> s.start().toLocalTime().equals(LocalTime.of(19, 0))));
    assertEquals(
        2,
        slots.stream().map(s -> s.start().getOffset()).distinct().count(),
        "the range crosses the spring change, so two offsets appear");
  }

  @Test
  void blackoutDatesGenerateNothing() {
    long offering = world.offering(BERLIN, 8, 2, Duration.ofHours(2));
    schedules.addRule(
        offering,
        EnumSet.allOf(DayOfWeek.class),
        LocalTime.of(12, 0),
        LocalTime.of(13, 0),
        Duration.ofMinutes(30));
    LocalDate day = LocalDate.now(BERLIN).plusDays(3);
    schedules.addBlackout(offering, day.plusDays(1));

    assertEquals(3 * 2, schedules.generate(offering, day, day.plusDays(2)));
  }
}
