package io.booking.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProviderRetryTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

  @Test
  void waitsTwiceAsLongAfterEachFailedAttemptUpToHalfAnHour() {
    assertEquals(NOW.plusSeconds(2), ProviderRetry.retryAt(1, NOW));
    assertEquals(NOW.plusSeconds(4), ProviderRetry.retryAt(2, NOW));
    assertEquals(NOW.plusSeconds(1024), ProviderRetry.retryAt(10, NOW));
    assertEquals(NOW.plus(Duration.ofMinutes(30)), ProviderRetry.retryAt(11, NOW));
    assertEquals(NOW.plus(Duration.ofMinutes(30)), ProviderRetry.retryAt(500, NOW));
  }

  @Test
  void aRowNeverTriedIsDueAndAClaimKeepsOthersOffForTwoMinutes() {
    assertTrue(ProviderRetry.due(null, NOW));
    Instant claimed = ProviderRetry.claimedUntil(NOW);
    assertFalse(ProviderRetry.due(claimed, NOW.plusSeconds(119)));
    assertTrue(ProviderRetry.due(claimed, NOW.plusSeconds(120)));
  }

  @Test
  void aRefundTheProviderAnsweredBeforeItsSenderRecordedItStaysAnswered() {
    PaymentRefund refund = new PaymentRefund(7, 500, RefundReason.values()[0], NOW);
    assertTrue(refund.claim(NOW));
    assertTrue(refund.succeed(NOW.plusSeconds(1)), "the notification came first");

    refund.sent("re_1");
    refund.retryLater(NOW.plusSeconds(2));

    assertEquals(RefundStatus.SUCCEEDED, refund.status());
    assertFalse(refund.claim(NOW.plus(Duration.ofHours(1))), "never sent again");
  }
}
