package io.booking.identity.domain;

import io.booking.shared.domain.DomainException;
import java.time.Duration;

/** Too many failed sign-ins in a short time; the caller should wait before trying again. */
public class TooManyAttemptsException extends DomainException {

  private final Duration retryAfter;

  public TooManyAttemptsException(Duration retryAfter) {
    super(
        "too-many-attempts",
        "Too many failed sign-ins. Try again in " + Math.max(1, retryAfter.toMinutes()) + " min.");
    this.retryAfter = retryAfter;
  }

  public TooManyAttemptsException(String what, Duration retryAfter) {
    super(
        "too-many-attempts",
        what + " Try again in " + Math.max(1, retryAfter.toMinutes()) + " min.");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
