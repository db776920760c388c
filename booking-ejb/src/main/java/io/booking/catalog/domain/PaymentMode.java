package io.booking.catalog.domain;

/** How an offering is paid for: at the venue, a deposit online, or the whole price online. */
public enum PaymentMode {
  AT_VENUE,
  DEPOSIT,
  PREPAID
}
