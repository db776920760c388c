package io.booking.inventory.domain;

import io.booking.catalog.domain.Offering;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "schedule_extra_id")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "offering_id", nullable = false)
  private Offering offering;

  @Column(name = "on_date", nullable = false)
  private LocalDate date;

  @Embedded private StartTimes starts;

  protected ExtraOpening() {}

  public ExtraOpening(
      Offering offering,
      LocalDate date,
      LocalTime firstStart,
      LocalTime lastStart,
      Duration interval) {
    this.starts = new StartTimes(firstStart, lastStart, interval);
    this.offering = offering;
    this.date = date;
  }

  public List<LocalTime> startTimes() {
    return starts.list();
  }

  public LocalDate date() {
    return date;
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
}
