package io.booking.payment.domain;

/** A released amount as it is shared: the merchant's part and the platform's commission. */
public record CommissionSplit(long amountMinor, long merchantMinor, long commissionMinor) {

  public CommissionSplit {
    if (merchantMinor < 0
        || commissionMinor < 0
        || merchantMinor + commissionMinor != amountMinor) {
      throw new IllegalArgumentException(
          "The legs "
              + merchantMinor
              + " and "
              + commissionMinor
              + " do not add up to "
              + amountMinor);
    }
  }
}
