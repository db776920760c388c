package io.booking.inventory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlotPlannerTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static List<PlannedSlot> plan(
      List<LocalTime> times, Set<LocalDate> blackouts, ZoneId zone, LocalDate from, LocalDate to) {
    return SlotPlanner.plan(day -> times, blackouts, zone, Duration.ofMinutes(60), from, to);
  }

  @Test
  void eveningClassStaysAtSevenLocalAcrossTheSpringChange() {
    // Berlin moves from UTC+1 to UTC+2 on 29 March 2026.
    List<PlannedSlot> slots =
        plan(
            List.of(LocalTime.of(19, 0)),
            Set.of(),
            BERLIN,
            LocalDate.of(2026, 3, 28),
            LocalDate.of(2026, 3, 30));

    assertEquals(3, slots.size());
    assertEquals(Instant.parse("2026-03-28T18:00:00Z"), slots.get(0).start());
    assertEquals(Instant.parse("2026-03-29T17:00:00Z"), slots.get(1).start());
    assertEquals(Instant.parse("2026-03-30T17:00:00Z"), slots.get(2).start());
    slots.forEach(s -> assertEquals(LocalTime.of(19, 0), s.start().atZone(BERLIN).toLocalTime()));
  }

  @Test
  void eveningClassStaysAtSevenLocalAcrossTheAutumnChange() {
    // Berlin moves from UTC+2 back to UTC+1 on 25 October 2026.
    List<PlannedSlot> slots =
        plan(
            List.of(LocalTime.of(19, 0)),
            Set.of(),
            BERLIN,
            LocalDate.of(2026, 10, 24),
            LocalDate.of(2026, 10, 25));

    assertEquals(Instant.parse("2026-10-24T17:00:00Z"), slots.get(0).start());
    assertEquals(Instant.parse("2026-10-25T18:00:00Z"), slots.get(1).start());
  }

  @Test
  void startTimeInTheSpringGapGivesNoSlot() {
    List<PlannedSlot> slots =
        plan(
            List.of(LocalTime.of(2, 30)),
            Set.of(),
            BERLIN,
            LocalDate.of(2026, 3, 28),
            LocalDate.of(2026, 3, 30));

    assertEquals(2, slots.size(), "02:30 does not exist in Berlin on 29 March 2026");
    assertTrue(
        slots.stream()
            .noneMatch(
                s -> s.start().atZone(BERLIN).toLocalDate().equals(LocalDate.of(2026, 3, 29))));
  }

  @Test
  void startTimeInTheAutumnOverlapGivesOneSlotAtTheFirstOccurrence() {
    List<PlannedSlot> slots =
        plan(
            List.of(LocalTime.of(2, 30)),
            Set.of(),
            BERLIN,
            LocalDate.of(2026, 10, 25),
            LocalDate.of(2026, 10, 25));

    assertEquals(1, slots.size());
    assertEquals(Instant.parse("2026-10-25T00:30:00Z"), slots.get(0).start());
    // Sixty minutes of real time, although the wall clock shows 02:30 to 02:30.
    assertEquals(Instant.parse("2026-10-25T01:30:00Z"), slots.get(0).end());
  }

  @Test
  void durationIsElapsedTimeOverTheSpringGap() {
    List<PlannedSlot> slots =
        SlotPlanner.plan(
            day -> List.of(LocalTime.of(1, 30)),
            Set.of(),
            BERLIN,
            Duration.ofMinutes(60),
            LocalDate.of(2026, 3, 29),
            LocalDate.of(2026, 3, 29));

    ZonedDateTime end = slots.get(0).end().atZone(BERLIN);
    assertEquals(LocalTime.of(3, 30), end.toLocalTime());
  }

  @Test
  void blackoutDatesAndUnscheduledWeekdaysGiveNoSlots() {
    LocalDate monday = LocalDate.of(2026, 11, 23);
    List<PlannedSlot> slots =
        SlotPlanner.plan(
            day -> day == DayOfWeek.SUNDAY ? List.of() : List.of(LocalTime.of(12, 0)),
            Set.of(monday.plusDays(2)),
            SHANGHAI,
            Duration.ofMinutes(90),
            monday,
            monday.plusDays(6));

    assertEquals(5, slots.size(), "7 days less a blackout Wednesday and an unscheduled Sunday");
    assertTrue(
        slots.stream()
            .map(s -> s.start().atZone(SHANGHAI).toLocalDate())
            .noneMatch(d -> d.equals(monday.plusDays(2)) || d.getDayOfWeek() == DayOfWeek.SUNDAY));
  }

  @Test
  void ruleWithARangeGivesEverySeatingAndDuplicatesCollapse() {
    List<PlannedSlot> slots =
        plan(
            List.of(LocalTime.of(17, 30), LocalTime.of(18, 0), LocalTime.of(18, 0)),
            Set.of(),
            SHANGHAI,
            LocalDate.of(2026, 11, 23),
            LocalDate.of(2026, 11, 23));

    assertEquals(2, slots.size());
    assertEquals(Instant.parse("2026-11-23T09:30:00Z"), slots.get(0).start());
  }

  @Test
  void extraOpeningsAddSlotsEvenOnABlackoutDate() {
    LocalDate monday = LocalDate.of(2026, 11, 23);
    WeeklyRule lunch =
        WeeklyRule.at(null, java.util.EnumSet.allOf(DayOfWeek.class), LocalTime.of(12, 0));
    ExtraOpening tuesdayEvening =
        new ExtraOpening(
            null,
            monday.plusDays(1),
            LocalTime.of(19, 0),
            LocalTime.of(20, 0),
            Duration.ofHours(1));
    ExtraOpening wednesdayParty =
        new ExtraOpening(
            null, monday.plusDays(2), LocalTime.of(21, 0), LocalTime.of(21, 0), Duration.ofDays(1));

    List<PlannedSlot> slots =
        SlotPlanner.plan(
            List.of(lunch),
            Set.of(monday.plusDays(2)),
            List.of(tuesdayEvening, wednesdayParty),
            SHANGHAI,
            Duration.ofMinutes(60),
            monday,
            monday.plusDays(2));

    List<String> local =
        slots.stream().map(s -> s.start().atZone(SHANGHAI).toLocalDateTime().toString()).toList();
    assertEquals(
        List.of(
            "2026-11-23T12:00",
            "2026-11-24T12:00",
            "2026-11-24T19:00",
            "2026-11-24T20:00",
            "2026-11-25T21:00"),
        local,
        "the blackout closes Wednesday's lunch, not the extra evening set for it");
  }
}
