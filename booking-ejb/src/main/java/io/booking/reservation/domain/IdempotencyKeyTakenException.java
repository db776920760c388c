package io.booking.reservation.domain;

import io.booking.shared.domain.BusinessConflictException;

/** Another request with the same key committed first; the caller replays its result. */
public class IdempotencyKeyTakenException extends BusinessConflictException {

  public IdempotencyKeyTakenException() {
    super("idempotency-key-in-use", "A request with this Idempotency-Key is being processed.");
  }
}
