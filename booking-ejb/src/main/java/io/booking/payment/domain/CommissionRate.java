package io.booking.payment.domain;

/**
 * A commission rate in basis points: 0 to 10,000 (1,000 is 10 %). It splits a released amount into
 * the merchant's share and the platform's commission so that the two add up exactly.
 */
public record CommissionRate(int basisPoints) {

  public static final int MAX_BASIS_POINTS = 10_000;

  public CommissionRate {
    if (!isValid(basisPoints)) {
      throw new IllegalArgumentException(
          "A commission rate is 0 to " + MAX_BASIS_POINTS + " basis points, not " + basisPoints);
    }
  }

  public static boolean isValid(int basisPoints) {
    return basisPoints >= 0 && basisPoints <= MAX_BASIS_POINTS;
  }

  /**
   * Splits {@code amountMinor}: the commission c = amount × rate / 10,000 rounded half up to the
   * minor unit, the merchant's share amount − c.
   */
  public CommissionSplit split(long amountMinor) {
    if (amountMinor < 0) {
      throw new IllegalArgumentException("Only a positive amount is split, not " + amountMinor);
    }
    long scaled = Math.multiplyExact(amountMinor, (long) basisPoints);
    long commission = Math.addExact(scaled, MAX_BASIS_POINTS / 2) / MAX_BASIS_POINTS;
    return new CommissionSplit(amountMinor, amountMinor - commission, commission);
  }
}
