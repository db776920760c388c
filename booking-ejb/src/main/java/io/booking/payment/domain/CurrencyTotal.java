package io.booking.payment.domain;

/** The sum of every account's balances in one currency: 0, posted and pending, when healthy. */
public record CurrencyTotal(String currency, long postedMinor, long pendingMinor) {

  public boolean balanced() {
    return postedMinor == 0 && pendingMinor == 0;
  }
}
