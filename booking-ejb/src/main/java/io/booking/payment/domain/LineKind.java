package io.booking.payment.domain;

/** What a statement line settles: a booking's merchant share, or a payout that came back. */
public enum LineKind {
  BOOKING,
  RETURNED_PAYOUT,
  OTHER
}
