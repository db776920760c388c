package io.booking.inventory.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns weekly rules into concrete slots for a range of local dates in the venue's time zone.
 *
 * <p>Across daylight-saving changes the local time is what customers see on the wall, so it is
 * kept: 19:00 stays 19:00 after the clocks move. A start time that does not exist that day (in the
 * spring-forward gap) gives no slot, rather than a slot at a time nobody scheduled. A start time
 * that happens twice (in the autumn overlap) gives one slot, at the first occurrence. The duration
 * is elapsed time, so a class is as long as it always is.
 */
public final class SlotPlanner {

  private SlotPlanner() {}

  /**
   * @param startsOn the local start times for a weekday (empty when nothing is scheduled)
   */
  public static List<PlannedSlot> plan(
      Function<DayOfWeek, List<LocalTime>> startsOn,
      Set<LocalDate> blackouts,
      ZoneId zone,
      Duration duration,
      LocalDate from,
      LocalDate toInclusive) {
    return planDates(
        day -> blackouts.contains(day) ? List.of() : startsOn.apply(day.getDayOfWeek()),
        zone,
        duration,
        from,
        toInclusive);
  }

  /**
   * Plans from weekly rules and the exceptions to them: blackout dates close a date's weekly rules;
   * extra openings add starts on their date.
   */
  public static List<PlannedSlot> plan(
      List<WeeklyRule> rules,
      Set<LocalDate> blackouts,
      List<ExtraOpening> extras,
      ZoneId zone,
      Duration duration,
      LocalDate from,
      LocalDate toInclusive) {
    return planDates(
        day ->
            java.util.stream.Stream.concat(
                    blackouts.contains(day)
                        ? java.util.stream.Stream.<LocalTime>empty()
                        : rules.stream()
                            .filter(r -> r.appliesOn(day.getDayOfWeek()))
                            .flatMap(r -> r.startTimes().stream()),
                    extras.stream()
                        .filter(e -> e.date().equals(day))
                        .flatMap(e -> e.startTimes().stream()))
                .toList(),
        zone,
        duration,
        from,
        toInclusive);
  }

  private static List<PlannedSlot> planDates(
      Function<LocalDate, List<LocalTime>> startsOn,
      ZoneId zone,
      Duration duration,
      LocalDate from,
      LocalDate toInclusive) {
    TreeMap<java.time.Instant, PlannedSlot> slots = new TreeMap<>();
    for (LocalDate day = from; !day.isAfter(toInclusive); day = day.plusDays(1)) {
      for (LocalTime time : startsOn.apply(day)) {
        LocalDateTime local = LocalDateTime.of(day, time);
        if (isInGap(local, zone)) {
          continue;
        }
        // ofLocal with no preferred offset takes the earlier offset in an overlap.
        ZonedDateTime start = ZonedDateTime.ofLocal(local, zone, null);
        slots.putIfAbsent(
            start.toInstant(),
            new PlannedSlot(start.toInstant(), start.toInstant().plus(duration)));
      }
    }
    return List.copyOf(slots.values());
  }

  private static boolean isInGap(LocalDateTime local, ZoneId zone) {
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    return transition != null && transition.isGap();
  }
}
