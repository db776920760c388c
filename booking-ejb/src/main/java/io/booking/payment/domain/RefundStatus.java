package io.booking.payment.domain;

/**
 * REQUESTED (decided, to be sent) -> SENDING (claimed by one sender) -> SENT -> SUCCEEDED | FAILED.
 */
public enum RefundStatus {
  REQUESTED,
  SENDING,
  SENT,
  SUCCEEDED,
  FAILED;

  /** Not yet answered by the provider: it may still be claimed, sent or tried again. */
  public boolean inFlight() {
    return this != SUCCEEDED && this != FAILED;
  }
}
