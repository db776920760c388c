package io.booking.shared.domain;

import java.time.Duration;

/**
 * The caller has asked too often in a short time and should wait {@link #retryAfter()} before
 * asking again. Each limit names its own reason; the web tier answers every one the same way (429
 * with Retry-After).
 */
public abstract class TooManyRequestsException extends DomainException {

  private final Duration retryAfter;

  protected TooManyRequestsException(String reason, String message, Duration retryAfter) {
    super(reason, message);
    this.retryAfter = retryAfter;
  }

  /** How long to wait before asking again. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
