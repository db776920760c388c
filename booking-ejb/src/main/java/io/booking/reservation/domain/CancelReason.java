package io.booking.reservation.domain;

public enum CancelReason {
  BY_CUSTOMER,
  HOLD_EXPIRED,
  PAYMENT_FAILED
}
