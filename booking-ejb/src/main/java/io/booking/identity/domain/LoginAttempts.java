package io.booking.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The recent failed sign-ins under one key (a username or a client address), in a sliding window.
 * Not thread-safe: the owner synchronizes on it.
 */
public final class LoginAttempts {

  private final int limit;
  private final Duration window;
  private final Deque<Instant> failures = new ArrayDeque<>();

  public LoginAttempts(int limit, Duration window) {
    this.limit = limit;
    this.window = window;
  }

  public void recordFailure(Instant now) {
    forgetOld(now);
    failures.addLast(now);
  }

  /** How long the caller must wait, when the limit is reached. */
  public Optional<Duration> blockedFor(Instant now) {
    forgetOld(now);
    if (failures.size() < limit) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, failures.peekFirst().plus(window)));
  }

  public boolean isEmpty(Instant now) {
    forgetOld(now);
    return failures.isEmpty();
  }

  private void forgetOld(Instant now) {
    Instant horizon = now.minus(window);
    while (!failures.isEmpty() && !failures.peekFirst().isAfter(horizon)) {
      failures.removeFirst();
    }
  }
}
