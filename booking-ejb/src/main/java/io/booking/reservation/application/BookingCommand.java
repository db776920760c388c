package io.booking.reservation.application;

import io.booking.reservation.domain.BookingSource;

/** A customer asks for places in a slot. */
public record BookingCommand(long accountId, long slotId, int partySize, BookingSource source) {

  /** What makes two requests "the same request" for an Idempotency-Key. */
  String fingerprint() {
    return Idempotently.fingerprint(slotId + "|" + partySize);
  }
}
