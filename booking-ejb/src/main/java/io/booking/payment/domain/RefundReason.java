package io.booking.payment.domain;

/** Why money goes back; a payment is refunded at most once per reason. */
public enum RefundReason {
  /** Cancelled before the cancellation window: everything. */
  CANCELLED_IN_TIME,
  /** Cancelled inside the window: the offering's late-cancellation share. */
  CANCELLED_LATE,
  /** The payment arrived after its booking was let go (hold expired, cancelled). */
  BOOKING_GONE
}
