package io.booking.payment.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a call the platform owes the provider (a refund, a payout) is tried: at once, then again
 * after 1 s, 2 s, 4 s ... up to 30 minutes apart, until the provider takes it. A sender claims a
 * row for two minutes; a sender that dies leaves it to the next one after that. One rule for every
 * such outbox row, so refunds and payouts cannot drift apart.
 */
public final class ProviderRetry {

  /** How long a claim keeps other senders off a row. */
  public static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);

  private static final Duration MAX_BACKOFF = Duration.ofMinutes(30);

  private ProviderRetry() {}

  /** Whether a row waiting for {@code nextAttemptAt} (null: not yet tried) is due now. */
  public static boolean due(Instant nextAttemptAt, Instant now) {
    return nextAttemptAt == null || !nextAttemptAt.isAfter(now);
  }

  /** Until when a claim made now holds. */
  public static Instant claimedUntil(Instant now) {
    return now.plus(CLAIM_TIMEOUT);
  }

  /** When to try again after this many attempts failed: twice as long each time, capped. */
  public static Instant retryAt(int attempts, Instant now) {
    Duration wait = Duration.ofSeconds(1L << Math.min(attempts, 11));
    return now.plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
  }
}
