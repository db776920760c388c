package io.booking.inventory.domain;

import io.booking.shared.domain.Money;
import java.time.Duration;
import java.time.Instant;

/**
 * A slot as availability shows it: the columns a customer sees and the lead time that decides
 * whether it can still be booked, read in one projection query instead of as entities (reading a
 * venue's fortnight of slots as entities cost half the time of the request).
 */
public record OpenSlot(
    Long id,
    Long offeringId,
    Long venueId,
    Instant start,
    Instant end,
    int capacity,
    int booked,
    long priceMinorUnits,
    String currency,
    int leadMinutes) {

  public int available() {
    return Math.max(0, capacity - booked);
  }

  public Money price() {
    return Money.ofMinor(priceMinorUnits, currency);
  }

  /** Online booking closes the offering's lead time before the start (as {@link Slot} says). */
  public boolean isBookableAt(Instant now) {
    return start.minus(Duration.ofMinutes(leadMinutes)).isAfter(now);
  }
}
