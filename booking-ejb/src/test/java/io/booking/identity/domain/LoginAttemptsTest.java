package io.booking.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void theLimitBlocksUntilTheOldestFailureLeavesTheWindow() {
    LoginAttempts attempts = new LoginAttempts(3, Duration.ofMinutes(15));
    attempts.recordFailure(T0);
    attempts.recordFailure(T0.plusSeconds(60));
    assertTrue(attempts.blockedFor(T0.plusSeconds(61)).isEmpty());
    attempts.recordFailure(T0.plusSeconds(120));

    assertEquals(Duration.ofMinutes(14), attempts.blockedFor(T0.plusSeconds(60)).orElseThrow());
    assertTrue(attempts.blockedFor(T0.plus(Duration.ofMinutes(15))).isEmpty());
  }
}
