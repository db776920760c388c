package io.booking.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** When a venue is open on one weekday, in its local time; a weekday without hours is closed. */
@Embeddable
public class OpeningHours {

  @Enumerated(EnumType.STRING)
  @Column(name = "day_of_week", nullable = false, length = 9)
  private DayOfWeek day;

  @Column(name = "opens_at", nullable = false)
  private LocalTime opens;

  @Column(name = "closes_at", nullable = false)
  private LocalTime closes;

  protected OpeningHours() {}

  public OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
    if (day == null || opens == null || closes == null) {
      throw new IllegalArgumentException("a day, an opening and a closing time are needed");
    }
    if (!closes.isAfter(opens)) {
      throw new IllegalArgumentException("closing time must be after opening time");
    }
    this.day = day;
    this.opens = opens;
    this.closes = closes;
  }

  public DayOfWeek day() {
    return day;
  }

  public LocalTime opens() {
    return opens;
  }

  public LocalTime closes() {
    return closes;
  }
}
