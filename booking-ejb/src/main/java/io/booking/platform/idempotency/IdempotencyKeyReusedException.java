package io.booking.platform.idempotency;

import io.booking.shared.domain.InvalidInputException;

/** The key came back with another request: a client bug, never replayed. */
public class IdempotencyKeyReusedException extends InvalidInputException {

  public IdempotencyKeyReusedException() {
    super("Idempotency-Key", "was already used for a different request");
  }
}
