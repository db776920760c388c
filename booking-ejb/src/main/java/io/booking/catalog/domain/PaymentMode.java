package io.booking.catalog.domain;

/** How an offering is paid for: at the venue, a deposit online, or the whole price online. */
public enum PaymentMode {
  AT_VENUE,
  DEPOSIT,
  PREPAID;

  /** Whether a booking is held until its payment is confirmed. */
  public boolean paysOnline() {
    return this != AT_VENUE;
  }
}
