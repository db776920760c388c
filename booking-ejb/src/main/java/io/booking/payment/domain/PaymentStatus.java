package io.booking.payment.domain;

/**
 * Where a payment is. It only moves forward: a notification that would move it back (a stale
 * "pending" after "succeeded") changes nothing. A payment the provider confirms after its booking
 * was let go (CANCELLED) still becomes SUCCEEDED, then is refunded: money that arrived is never
 * ignored.
 */
public enum PaymentStatus {
  PENDING,
  SUCCEEDED,
  FAILED,
  CANCELLED,
  PARTIALLY_REFUNDED,
  REFUNDED;

  /** Whether the money went through (and may since have come back): a payment with a receipt. */
  public boolean wasPaid() {
    return this == SUCCEEDED || this == PARTIALLY_REFUNDED || this == REFUNDED;
  }

  boolean mayBecome(PaymentStatus next) {
    return switch (this) {
      case PENDING -> next == SUCCEEDED || next == FAILED || next == CANCELLED;
      case CANCELLED, FAILED -> next == SUCCEEDED;
      case SUCCEEDED -> next == PARTIALLY_REFUNDED || next == REFUNDED;
      case PARTIALLY_REFUNDED -> next == PARTIALLY_REFUNDED || next == REFUNDED;
      case REFUNDED -> false;
    };
  }
}
