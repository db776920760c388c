package io.booking.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The commission split and the late-cancellation refund, on examples worked by hand. */
class CommissionRateTest {

  @Test
  void tenPercentOfAHundredAndTwentyFiveYuanIsTwelveFifty() {
    assertEquals(new CommissionSplit(12500, 11250, 1250), new CommissionRate(1000).split(12500));
  }

  @Test
  void theCommissionRoundsHalfUpAndTheMerchantGetsTheRest() {
    // 12.5 % of 0.05 = 0.00625 -> 0.01; 12.5 % of 0.04 = 0.005 -> 0.01 (half up); of 0.03 = 0.00375
    assertEquals(new CommissionSplit(5, 4, 1), new CommissionRate(1250).split(5));
    assertEquals(new CommissionSplit(4, 3, 1), new CommissionRate(1250).split(4));
    assertEquals(new CommissionSplit(3, 3, 0), new CommissionRate(1250).split(3));
    // 15 % of 0.10 = 0.015 -> 0.02
    assertEquals(new CommissionSplit(10, 8, 2), new CommissionRate(1500).split(10));
  }

  @Test
  void noCommissionAndAllCommissionAreTheEnds() {
    assertEquals(new CommissionSplit(999, 999, 0), new CommissionRate(0).split(999));
    assertEquals(new CommissionSplit(999, 0, 999), new CommissionRate(10_000).split(999));
  }

  @Test
  void aRateIsZeroToTenThousandBasisPoints() {
    assertThrows(IllegalArgumentException.class, () -> new CommissionRate(-1));
    assertThrows(IllegalArgumentException.class, () -> new CommissionRate(10_001));
    assertThrows(IllegalArgumentException.class, () -> new CommissionRate(1000).split(-1));
  }

  @Test
  void aLateCancellationRefundsRoundedUpInTheCustomersFavour() {
    // 33 % of 1.00 = 0.33; 33 % of 0.01 = 0.0033 -> 0.01; 50 % of 0.05 = 0.025 -> 0.03
    assertEquals(new RefundSplit(100, 33, 67), RefundSplit.lateCancellation(100, 33));
    assertEquals(new RefundSplit(1, 1, 0), RefundSplit.lateCancellation(1, 33));
    assertEquals(new RefundSplit(5, 3, 2), RefundSplit.lateCancellation(5, 50));
    assertEquals(new RefundSplit(5, 0, 5), RefundSplit.lateCancellation(5, 0));
    assertEquals(new RefundSplit(5, 5, 0), RefundSplit.full(5));
    assertThrows(IllegalArgumentException.class, () -> RefundSplit.lateCancellation(5, 101));
  }

  @Test
  void legsThatDoNotAddUpAreNoSplit() {
    assertThrows(IllegalArgumentException.class, () -> new CommissionSplit(10, 5, 4));
    assertThrows(IllegalArgumentException.class, () -> new RefundSplit(10, 11, -1));
  }
}
