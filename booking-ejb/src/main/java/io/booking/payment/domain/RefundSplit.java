package io.booking.payment.domain;

/**
 * A paid amount split by a cancellation: what goes back to the customer and what is released to the
 * merchant (with commission). The two add up exactly.
 */
public record RefundSplit(long amountMinor, long refundMinor, long releaseMinor) {

  public RefundSplit {
    if (refundMinor < 0 || releaseMinor < 0 || refundMinor + releaseMinor != amountMinor) {
      throw new IllegalArgumentException(
          "The refund " + refundMinor + " and the release " + releaseMinor + " do not add up");
    }
  }

  /**
   * A cancellation inside the window: the refund r = amount × percent / 100 rounded up to the minor
   * unit (in the customer's favour), the release amount − r.
   *
   * @param refundPercent the offering's {@code lateCancelRefundPercent}, 0 to 100
   */
  public static RefundSplit lateCancellation(long amountMinor, int refundPercent) {
    if (amountMinor < 0) {
      throw new IllegalArgumentException("Only a positive amount is refunded, not " + amountMinor);
    }
    if (refundPercent < 0 || refundPercent > 100) {
      throw new IllegalArgumentException("A refund is 0 to 100 percent, not " + refundPercent);
    }
    long scaled = Math.multiplyExact(amountMinor, (long) refundPercent);
    long refund = scaled / 100 + (scaled % 100 == 0 ? 0 : 1);
    return new RefundSplit(amountMinor, refund, amountMinor - refund);
  }

  /** A cancellation before the window: everything comes back. */
  public static RefundSplit full(long amountMinor) {
    return lateCancellation(amountMinor, 100);
  }
}
