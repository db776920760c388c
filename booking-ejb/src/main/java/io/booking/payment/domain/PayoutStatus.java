package io.booking.payment.domain;

/**
 * A payout's life: REQUESTED with its statement, SENDING while a sender has claimed it, SENT when
 * the provider took it, then PAID or FAILED by the provider's notification.
 */
public enum PayoutStatus {
  REQUESTED,
  SENDING,
  SENT,
  PAID,
  FAILED;

  /** Still in flight: its money sits in PAYOUTS_IN_FLIGHT. */
  public boolean inFlight() {
    return this != PAID && this != FAILED;
  }
}
