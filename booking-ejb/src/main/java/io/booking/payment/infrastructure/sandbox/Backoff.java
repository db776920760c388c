package io.booking.payment.infrastructure.sandbox;

import java.time.Duration;
import java.time.Instant;

/**
 * When a notification that was not answered with 2xx is tried again: 1 s after the first attempt,
 * then 2 s, 4 s, 8 s ... doubling up to an hour between attempts; a day after it was queued the
 * sandbox gives up (about 35 attempts). The timer's period (2 s) rounds the short waits up.
 */
final class Backoff {

  static final Duration FIRST = Duration.ofSeconds(1);
  static final Duration LONGEST = Duration.ofHours(1);
  static final Duration GIVE_UP_AFTER = Duration.ofDays(1);

  private Backoff() {}

  /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
  static Duration after(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 30));
    Duration wait = FIRST.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
  }

  /** Whether a notification queued at {@code queuedAt} is no longer tried at {@code now}. */
  static boolean givesUp(Instant queuedAt, Instant now) {
    return !now.isBefore(queuedAt.plus(GIVE_UP_AFTER));
  }
}
