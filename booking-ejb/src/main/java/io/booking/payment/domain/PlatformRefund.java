package io.booking.payment.domain;

import java.time.Instant;

/** A refund as reconciliation compares it. */
public record PlatformRefund(
    long id,
    long paymentId,
    String providerRefundId,
    long amountMinor,
    String currency,
    RefundStatus status,
    Instant completedAt) {

  /** Decided and not yet answered by the provider: the ledger may be ahead of it for now. */
  public boolean inFlight() {
    return status == RefundStatus.REQUESTED
        || status == RefundStatus.SENDING
        || status == RefundStatus.SENT;
  }
}
