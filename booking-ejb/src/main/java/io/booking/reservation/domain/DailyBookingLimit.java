package io.booking.reservation.domain;

import io.booking.catalog.domain.Venue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The venue's rule that one customer holds at most so many bookings on one of its days (in the
 * venue's zone), so that nobody books out a day by script. Staff walk-ins are not counted: they
 * have no customer account.
 */
public final class DailyBookingLimit {

  private final int limit;
  private final ZoneId zone;

  private DailyBookingLimit(int limit, ZoneId zone) {
    this.limit = limit;
    this.zone = zone;
  }

  public static DailyBookingLimit of(Venue venue) {
    return new DailyBookingLimit(venue.dailyBookingLimit(), venue.timeZone());
  }

  /** When the venue's day of a visit starting at {@code start} begins. */
  public Instant dayStartOf(Instant start) {
    return day(start).atStartOfDay(zone).toInstant();
  }

  /** When the venue's day of a visit starting at {@code start} ends (the next day begins). */
  public Instant dayEndOf(Instant start) {
    return day(start).plusDays(1).atStartOfDay(zone).toInstant();
  }

  /**
   * Refuses one more booking when the customer already holds {@code standing} that day.
   *
   * @throws DailyBookingLimitReachedException when the limit is reached
   */
  public void admitOneMore(long standing) {
    if (standing >= limit) {
      throw new DailyBookingLimitReachedException(limit);
    }
  }

  private LocalDate day(Instant start) {
    return start.atZone(zone).toLocalDate();
  }
}
