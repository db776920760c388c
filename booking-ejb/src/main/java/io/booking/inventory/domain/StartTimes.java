package io.booking.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * A run of local start times: every {@code interval} from {@code firstStart} to {@code lastStart},
 * both included, every 5 minutes to a day. One start time is a class; a range is a restaurant's
 * seatings. Weekly rules and extra openings both hold one.
 */
@Embeddable
public class StartTimes {

  @Column(name = "first_start", nullable = false)
  private LocalTime firstStart;

  @Column(name = "last_start", nullable = false)
  private LocalTime lastStart;

  @Column(name = "interval_minutes", nullable = false)
  private int intervalMinutes;

  protected StartTimes() {}

  public StartTimes(LocalTime firstStart, LocalTime lastStart, Duration interval) {
    if (lastStart.isBefore(firstStart)) {
      throw new IllegalArgumentException("last start is before first start");
    }
    if (interval.toMinutes() < 5 || interval.toMinutes() > 1440) {
      throw new IllegalArgumentException("interval must be 5 minutes to a day");
    }
    this.firstStart = firstStart;
    this.lastStart = lastStart;
    this.intervalMinutes = (int) interval.toMinutes();
  }

  /** The start times, in order. */
  public List<LocalTime> list() {
    int from = firstStart.toSecondOfDay() / 60;
    int to = lastStart.toSecondOfDay() / 60;
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
}
