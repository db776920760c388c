package io.booking.payment.domain;

/**
 * REQUESTED (decided, to be sent) -> SENDING (claimed by one sender) -> SENT -> SUCCEEDED | FAILED.
 */
public enum RefundStatus {
  REQUESTED,
  SENDING,
  SENT,
  SUCCEEDED,
  FAILED
}
