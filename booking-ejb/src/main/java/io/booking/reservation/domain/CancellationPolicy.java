package io.booking.reservation.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Free cancellation until {@code window} before the start. After that a booking paid online may
 * still be cancelled (it gets back the offering's late-cancellation share); one paid at the venue
 * may not, since there is nothing to keep.
 */
public record CancellationPolicy(Duration window, boolean lateCancellationAllowed) {

  public CancellationPolicy {
    if (window.isNegative()) {
      throw new IllegalArgumentException("window cannot be negative");
    }
  }

  public CancellationPolicy(Duration window) {
    this(window, false);
  }

  public static CancellationPolicy of(io.booking.catalog.domain.Offering offering) {
    return new CancellationPolicy(
        offering.cancellationWindow(), offering.paymentTerms().paysOnline());
  }

  public Instant freeUntil(Instant start) {
    return start.minus(window);
  }

  /** Whether cancelling now is free (before the window). */
  public boolean allowsCancellationAt(Instant now, Instant start) {
    return now.isBefore(freeUntil(start));
  }

  /** Whether cancelling now is inside the window (allowed only when paid online). */
  public boolean isLateAt(Instant now, Instant start) {
    return !allowsCancellationAt(now, start);
  }
}
