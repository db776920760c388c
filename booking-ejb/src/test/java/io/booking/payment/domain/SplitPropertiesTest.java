package io.booking.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.shared.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Properties of the split rules over many generated amounts, rates and percentages: the edges first
 * (1, the largest price, rates 0, 1, 5000, 9999 and 10,000), then random ones drawn from small,
 * middling and huge amounts. Each run draws new cases from a fresh seed; a failure names the seed
 * and the case, and {@code -Dledger.seed=...} replays it.
 */
class SplitPropertiesTest {

  private static final int CASES = 20_000;

  private static final long SEED =
      Long.getLong("ledger.seed", new SplittableRandom().nextLong() & Long.MAX_VALUE);

  private static final long[] EDGE_AMOUNTS = {
    1, 2, 3, 5, 9, 10, 99, 100, 101, 9_999, 10_000, 10_001, Money.MAX_MINOR_UNITS
  };

  private static final int[] EDGE_RATES = {
    0, 1, 2, 999, 1000, 1250, 4999, 5000, 5001, 9999, 10_000
  };

  private static final int[] EDGE_PERCENTS = {0, 1, 33, 49, 50, 51, 67, 99, 100};

  @Test
  void commissionLegsSumExactlyAndStayWithinHalfAMinorUnitOfTheExactCommission() {
    forEach(
        commissionCases(),
        c -> {
          CommissionSplit split = new CommissionRate(c.rate()).split(c.amount());
          assertEquals(c.amount(), split.merchantMinor() + split.commissionMinor(), c::toString);
          assertTrue(split.commissionMinor() >= 0 && split.merchantMinor() >= 0, c::toString);
          // c * 10000 - A * rate lies in (-5000, 5000]: within half a minor unit, ties up.
          long error = split.commissionMinor() * 10_000 - c.amount() * c.rate();
          assertTrue(error > -5_000 && error <= 5_000, () -> c + ": off by " + error + "/10000");
          BigDecimal exact =
              BigDecimal.valueOf(c.amount())
                  .multiply(BigDecimal.valueOf(c.rate()))
                  .divide(BigDecimal.valueOf(10_000));
          assertEquals(
              exact.setScale(0, RoundingMode.HALF_UP).longValueExact(),
              split.commissionMinor(),
              c::toString);
        });
  }

  @Test
  void aHigherRateNeverTakesLessCommissionAndABiggerAmountNeverGivesTheMerchantLess() {
    forEach(
        commissionCases(),
        c -> {
          int higher = Math.min(10_000, c.rate() + 1 + (int) (c.amount() % 97));
          CommissionSplit at = new CommissionRate(c.rate()).split(c.amount());
          assertTrue(
              new CommissionRate(higher).split(c.amount()).commissionMinor()
                  >= at.commissionMinor(),
              c::toString);
          if (c.amount() < Money.MAX_MINOR_UNITS) {
            CommissionSplit more = new CommissionRate(c.rate()).split(c.amount() + 1);
            assertTrue(more.merchantMinor() >= at.merchantMinor(), c::toString);
            assertTrue(more.commissionMinor() >= at.commissionMinor(), c::toString);
          }
        });
  }

  @Test
  void aLateRefundIsAtLeastTheExactShareAndLessThanOneMinorUnitMore() {
    forEach(
        refundCases(),
        c -> {
          RefundSplit split = RefundSplit.lateCancellation(c.amount(), c.rate());
          assertEquals(c.amount(), split.refundMinor() + split.releaseMinor(), c::toString);
          long over = split.refundMinor() * 100 - c.amount() * c.rate();
          assertTrue(over >= 0 && over < 100, () -> c + ": refund off by " + over + "/100");
          BigDecimal exact =
              BigDecimal.valueOf(c.amount())
                  .multiply(BigDecimal.valueOf(c.rate()))
                  .divide(BigDecimal.valueOf(100));
          assertEquals(
              exact.setScale(0, RoundingMode.CEILING).longValueExact(),
              split.refundMinor(),
              c::toString);
          assertTrue(split.releaseMinor() >= 0 && split.refundMinor() <= c.amount(), c::toString);
        });
  }

  @Test
  void aCancelledPaymentEndsAsRefundMerchantShareAndCommissionThatAddUpToIt() {
    forEach(
        commissionCases(),
        c -> {
          int percent = (int) Math.floorMod(c.amount() * 31 + c.rate(), 101L);
          RefundSplit refund = RefundSplit.lateCancellation(c.amount(), percent);
          CommissionSplit release = new CommissionRate(c.rate()).split(refund.releaseMinor());
          assertEquals(
              c.amount(),
              refund.refundMinor() + release.merchantMinor() + release.commissionMinor(),
              () -> c + " at " + percent + " %");
        });
  }

  @Test
  void theEndsAreExact() {
    for (long amount : EDGE_AMOUNTS) {
      assertEquals(0, new CommissionRate(0).split(amount).commissionMinor());
      assertEquals(amount, new CommissionRate(10_000).split(amount).commissionMinor());
      assertEquals(0, RefundSplit.lateCancellation(amount, 0).refundMinor());
      assertEquals(amount, RefundSplit.lateCancellation(amount, 100).refundMinor());
    }
  }

  /** An amount in minor units and a rate (basis points, or percent for refunds). */
  record Case(long amount, int rate) {
    @Override
    public String toString() {
      return "amount " + amount + ", rate " + rate + " (seed " + SEED + ")";
    }
  }

  private static List<Case> commissionCases() {
    return cases(EDGE_RATES, 10_000);
  }

  private static List<Case> refundCases() {
    return cases(EDGE_PERCENTS, 100);
  }

  private static List<Case> cases(int[] edgeRates, int maxRate) {
    List<Case> cases = new ArrayList<>();
    for (long amount : EDGE_AMOUNTS) {
      for (int rate : edgeRates) {
        cases.add(new Case(amount, rate));
      }
    }
    SplittableRandom random = new SplittableRandom(SEED);
    while (cases.size() < CASES) {
      long amount =
          switch (random.nextInt(3)) {
            case 0 -> random.nextLong(1, 1_000);
            case 1 -> random.nextLong(1, 10_000_000);
            default -> random.nextLong(1, Money.MAX_MINOR_UNITS + 1);
          };
      cases.add(new Case(amount, random.nextInt(maxRate + 1)));
    }
    return cases;
  }

  private static void forEach(List<Case> cases, Consumer<Case> property) {
    cases.forEach(property);
  }
}
