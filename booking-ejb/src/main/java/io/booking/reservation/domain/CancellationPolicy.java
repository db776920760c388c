package io.booking.reservation.domain;

import java.time.Duration;
import java.time.Instant;

/** Free cancellation until {@code window} before the start; after that, none. */
public record CancellationPolicy(Duration window) {

  public CancellationPolicy {
    if (window.isNegative()) {
      throw new IllegalArgumentException("window cannot be negative");
    }
  }

  public Instant freeUntil(Instant start) {
    return start.minus(window);
  }

  public boolean allowsCancellationAt(Instant now, Instant start) {
    return now.isBefore(freeUntil(start));
  }
}
