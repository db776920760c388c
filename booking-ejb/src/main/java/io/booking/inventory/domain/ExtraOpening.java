package io.booking.inventory.domain;

import io.booking.catalog.domain.Offering;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * An exception to the weekly rules that opens more: on one local date, slots start every {@code
 * interval} from {@code firstStart} to {@code lastStart} ("an extra evening"). A blackout date
 * closes the weekly rules of its date, not an extra opening set for it on purpose.
 */
@Entity
@Table(name = "schedule_extra")
public class ExtraOpening {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "offering_id", nullable = false)
  private Offering offering;

  @Column(name = "on_date", nullable = false)
  private LocalDate date;

  @Column(name = "first_start", nullable = false)
  private LocalTime firstStart;

  @Column(name = "last_start", nullable = false)
  private LocalTime lastStart;

  @Column(name = "interval_minutes", nullable = false)
  private int intervalMinutes;

  protected ExtraOpening() {}

  public ExtraOpening(
      Offering offering,
      LocalDate date,
      LocalTime firstStart,
      LocalTime lastStart,
      Duration interval) {
    WeeklyRule.checkStarts(firstStart, lastStart, interval);
    this.offering = offering;
    this.date = date;
    this.firstStart = firstStart;
    this.lastStart = lastStart;
    this.intervalMinutes = (int) interval.toMinutes();
  }

  public List<LocalTime> startTimes() {
    return WeeklyRule.startTimes(firstStart, lastStart, intervalMinutes);
  }

  public LocalDate date() {
    return date;
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
}
