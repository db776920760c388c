package io.booking.reservation.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When staff may mark a confirmed visit as a no-show: once the grace period after its start has
 * passed (BOOKING_NOSHOW_GRACE_MINUTES). One rule for the reservation that enforces it and the desk
 * page that offers the button.
 */
public record NoShowWindow(Duration grace) {

  public Instant opensAt(Instant start) {
    return start.plus(grace);
  }

  public boolean isOpenAt(Instant start, Instant now) {
    return !now.isBefore(opensAt(start));
  }
}
