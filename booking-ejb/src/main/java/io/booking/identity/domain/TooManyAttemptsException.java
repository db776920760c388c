package io.booking.identity.domain;

import io.booking.shared.domain.TooManyRequestsException;
import java.time.Duration;

/** Too many failed sign-ins in a short time; the caller should wait before trying again. */
public class TooManyAttemptsException extends TooManyRequestsException {

  public TooManyAttemptsException(Duration retryAfter) {
    this("Too many failed sign-ins.", retryAfter);
  }

  public TooManyAttemptsException(String what, Duration retryAfter) {
    super(
        "too-many-attempts",
        what + " Try again in " + Math.max(1, retryAfter.toMinutes()) + " min.",
        retryAfter);
  }
}
