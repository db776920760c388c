package io.booking.inventory.domain;

import io.booking.catalog.domain.Offering;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
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

/** On these weekdays, slots start at the rule's {@link StartTimes}, in the venue's local time. */
@Entity
@Table(name = "schedule_rule")
public class WeeklyRule {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "schedule_rule_id")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "offering_id", nullable = false)
  private Offering offering;

  @Convert(converter = DaysOfWeekConverter.class)
  @Column(name = "days_of_week", nullable = false, length = 27)
  private Set<DayOfWeek> days;

  @Embedded private StartTimes starts;

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
    this.starts = new StartTimes(firstStart, lastStart, interval);
    this.offering = offering;
    this.days = EnumSet.copyOf(days);
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
    return starts.list();
  }

  public LocalTime firstStart() {
    return starts.firstStart();
  }

  public LocalTime lastStart() {
    return starts.lastStart();
  }

  public int intervalMinutes() {
    return starts.intervalMinutes();
  }

  public Offering offering() {
    return offering;
  }

  public Set<DayOfWeek> days() {
    return EnumSet.copyOf(days);
  }
}
