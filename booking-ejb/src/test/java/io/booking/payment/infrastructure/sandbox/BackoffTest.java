package io.booking.payment.infrastructure.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void theWaitDoublesFromOneSecondUpToAnHour() {
    assertEquals(Duration.ofSeconds(1), Backoff.after(1));
    assertEquals(Duration.ofSeconds(2), Backoff.after(2));
    assertEquals(Duration.ofSeconds(4), Backoff.after(3));
    assertEquals(Duration.ofSeconds(2048), Backoff.after(12));
    assertEquals(Duration.ofHours(1), Backoff.after(13));
    assertEquals(Duration.ofHours(1), Backoff.after(1000));
  }

  @Test
  void theSandboxGivesUpADayAfterQueueing() {
    Instant queued = Instant.parse("2026-05-01T11:00:00Z");
    assertFalse(Backoff.givesUp(queued, queued.plus(Duration.ofHours(23))));
    assertTrue(Backoff.givesUp(queued, queued.plus(Duration.ofDays(1))));
  }

  @Test
  void aDayHoldsAboutThirtyFiveAttempts() {
    Duration elapsed = Duration.ZERO;
    int attempts = 1;
    while (elapsed.plus(Backoff.after(attempts)).compareTo(Backoff.GIVE_UP_AFTER) < 0) {
      elapsed = elapsed.plus(Backoff.after(attempts));
      attempts++;
    }
    assertTrue(attempts >= 30 && attempts <= 40, "attempts in a day: " + attempts);
  }
}
