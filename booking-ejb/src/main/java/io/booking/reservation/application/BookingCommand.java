package io.booking.reservation.application;

import io.booking.reservation.domain.BookingSource;

/** A customer asks for places in a slot. */
public record BookingCommand(long accountId, long slotId, int partySize, BookingSource source) {

  /** What makes two requests "the same request" for an Idempotency-Key. */
  /** What a repeat with the same Idempotency-Key must ask for again. */
  String operation() {
    return slotId + "|" + partySize;
  }
}
