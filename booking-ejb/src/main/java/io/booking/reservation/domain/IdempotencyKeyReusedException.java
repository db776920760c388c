package io.booking.reservation.domain;

import io.booking.shared.domain.InvalidInputException;

public class IdempotencyKeyReusedException extends InvalidInputException {

  public IdempotencyKeyReusedException() {
    super("Idempotency-Key", "was already used for a different request");
  }
}
