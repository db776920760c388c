package io.booking.inventory.domain;

import io.booking.catalog.domain.Offering;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * On these weekdays, a slot starts every {@code interval} from {@code firstStart} to {@code
 * lastStart}, in the venue's local time. One start time is a class; a range is a restaurant's
 * seatings.
 */
@Entity
@Table(name = "schedule_rule")
public class WeeklyRule {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "offering_id", nullable = false)
  private Offering offering;

  @Convert(converter = DaysOfWeekConverter.class)
  @Column(name = "days_of_week", nullable = false, length = 27)
  private Set<DayOfWeek> days;

  @Column(name = "first_start", nullable = false)
  private LocalTime firstStart;

  @Column(name = "last_start", nullable = false)
  private LocalTime lastStart;

  @Column(name = "interval_minutes", nullable = false)
  private int intervalMinutes;

  protected WeeklyRule() {}

  public WeeklyRule(
      Offering offering,
      Set<DayOfWeek> days,
      LocalTime firstStart,
      LocalTime lastStart,
      Duration interval) {
    if (days.isEmpty()) {
      throw new IllegalArgumentException("a rule needs at least one day");
    }
    checkStarts(firstStart, lastStart, interval);
    this.offering = offering;
    this.days = EnumSet.copyOf(days);
    this.firstStart = firstStart;
    this.lastStart = lastStart;
    this.intervalMinutes = (int) interval.toMinutes();
  }

  /** A rule with one start time on the given days. */
  public static WeeklyRule at(Offering offering, Set<DayOfWeek> days, LocalTime start) {
    return new WeeklyRule(offering, days, start, start, Duration.ofDays(1));
  }

  public boolean appliesOn(DayOfWeek day) {
    return days.contains(day);
  }

  /** The local start times this rule gives on a day it applies to. */
  public List<LocalTime> startTimes() {
    return startTimes(firstStart, lastStart, intervalMinutes);
  }

  /** A run of start times goes forward, every 5 minutes to a day. */
  static void checkStarts(LocalTime first, LocalTime last, Duration interval) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last start is before first start");
    }
    if (interval.toMinutes() < 5 || interval.toMinutes() > 1440) {
      throw new IllegalArgumentException("interval must be 5 minutes to a day");
    }
  }

  /** Every {@code intervalMinutes} from {@code first} to {@code last}, both included. */
  static List<LocalTime> startTimes(LocalTime first, LocalTime last, int intervalMinutes) {
    int from = first.toSecondOfDay() / 60;
    int to = last.toSecondOfDay() / 60;
    return Stream.iterate(from, m -> m <= to, m -> m + intervalMinutes)
        .map(m -> LocalTime.ofSecondOfDay(m * 60L))
        .toList();
  }

  public LocalTime firstStart() {
    return firstStart;
  }

  public LocalTime lastStart() {
    return lastStart;
  }

  public int intervalMinutes() {
    return intervalMinutes;
  }

  public Offering offering() {
    return offering;
  }

  public Set<DayOfWeek> days() {
    return EnumSet.copyOf(days);
  }
}
