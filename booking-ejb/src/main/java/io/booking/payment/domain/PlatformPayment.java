package io.booking.payment.domain;

import io.booking.shared.domain.Money;
import java.time.Instant;

/**
 * A payment as reconciliation compares it: the row, and the escrow hold the ledger has for it
 * ({@code null} when it holds none).
 */
public record PlatformPayment(
    long id,
    String providerPaymentId,
    Money amount,
    PaymentStatus status,
    long refundedMinor,
    Instant createdAt,
    Instant succeededAt,
    EscrowHold hold) {

  /** Whether the provider took the money (it may have refunded some or all of it since). */
  public boolean charged() {
    return status == PaymentStatus.SUCCEEDED
        || status == PaymentStatus.PARTIALLY_REFUNDED
        || status == PaymentStatus.REFUNDED;
  }

  /**
   * The pending transfer that holds the payment in escrow: what it held, and what its POST kept
   * ({@code postedMinor}: all of it with no resolution yet counted as not refunded, 0 for a VOID).
   */
  public record EscrowHold(long transferId, Money amount, boolean resolved, long postedMinor) {

    /** What the ledger gave back to the customer: the held amount less what was posted. */
    public long releasedToCustomerMinor() {
      return resolved ? amount.minorUnits() - postedMinor : 0;
    }
  }
}
