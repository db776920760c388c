package io.booking.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.booking.payment.domain.PaymentProvider.ProviderTransaction;
import io.booking.payment.domain.PaymentProvider.TransactionKind;
import io.booking.payment.domain.PlatformPayment.EscrowHold;
import io.booking.shared.domain.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconciliationMatcherTest {

  private static final Instant FROM = Instant.parse("2026-12-01T00:00:00Z");
  private static final Instant TO = FROM.plus(Duration.ofDays(2));
  private static final Instant IN = FROM.plus(Duration.ofHours(5));

  private static Money eur(long minor) {
    return Money.ofMinor(minor, "EUR");
  }

  private static ProviderTransaction charge(long paymentId, long minor, Instant at) {
    return new ProviderTransaction(
        "pay_" + paymentId,
        TransactionKind.CHARGE,
        "pay_" + paymentId,
        "" + paymentId,
        eur(minor),
        at);
  }

  private static ProviderTransaction refund(String id, long paymentId, long minor, Instant at) {
    return new ProviderTransaction(
        id, TransactionKind.REFUND, "pay_" + paymentId, "" + paymentId, eur(minor), at);
  }

  private static PlatformPayment paid(long id, long minor, EscrowHold hold, Instant at) {
    return new PlatformPayment(
        id, "pay_" + id, eur(minor), PaymentStatus.SUCCEEDED, 0, at, at, hold);
  }

  private static EscrowHold held(long minor) {
    return new EscrowHold(900 + minor, eur(minor), false, 0);
  }

  private static ReconciliationMatcher.Result match(
      List<ProviderTransaction> lines,
      List<PlatformPayment> payments,
      List<PlatformRefund> refunds) {
    return ReconciliationMatcher.match(
        new ReconciliationMatcher.Input(FROM, TO, lines, payments, refunds, false, List.of()));
  }

  private static List<String> kinds(ReconciliationMatcher.Result r) {
    return r.findings().stream().map(f -> f.kind() + " " + f.reference()).toList();
  }

  @Test
  void aChargeAndARefundThatAgreeMatchAndReportNothing() {
    PlatformPayment p =
        new PlatformPayment(
            1,
            "pay_1",
            eur(2000),
            PaymentStatus.PARTIALLY_REFUNDED,
            600,
            IN,
            IN,
            new EscrowHold(11, eur(2000), true, 1400));
    PlatformRefund r =
        new PlatformRefund(5, 1, "ref_5", 600, "EUR", RefundStatus.SUCCEEDED, IN.plusSeconds(60));

    var result =
        match(
            List.of(charge(1, 2000, IN), refund("ref_5", 1, 600, IN.plusSeconds(60))),
            List.of(p),
            List.of(r));

    assertEquals(List.of(), result.findings());
    assertEquals(2, result.matched());
  }

  @Test
  void aChargeBeforeTheWindowOfAPaymentTakenInItIsFoundAndNotCounted() {
    var result =
        match(
            List.of(charge(1, 2000, FROM.minusSeconds(3))),
            List.of(paid(1, 2000, held(2000), FROM.plusSeconds(1))),
            List.of());

    assertEquals(List.of(), result.findings());
    assertEquals(0, result.matched(), "only lines in the window are counted");
  }

  @Test
  void eachDisagreementIsNamed() {
    var result =
        match(
            List.of(
                charge(1, 2000, IN), // no such payment
                charge(2, 2500, IN), // the platform says 20.00
                charge(3, 2000, IN), // no escrow hold
                refund("ref_9", 4, 100, IN)), // no such refund
            List.of(
                paid(2, 2000, held(2000), IN),
                paid(3, 2000, null, IN),
                paid(7, 1000, held(1000), IN)), // never charged
            List.of());

    assertEquals(
        List.of(
            "missing-in-ledger pay_1",
            "amount-differs pay_2",
            "missing-in-ledger pay_3",
            "missing-in-ledger ref_9",
            "missing-at-provider payment 7"),
        kinds(result));
    assertEquals(0, result.matched());
  }

  @Test
  void whatTheLedgerGaveBackIsComparedOnlyOnceNoRefundIsInFlight() {
    EscrowHold voided = new EscrowHold(11, eur(2000), true, 0);
    PlatformPayment p =
        new PlatformPayment(1, "pay_1", eur(2000), PaymentStatus.SUCCEEDED, 0, IN, IN, voided);
    PlatformRefund sent = new PlatformRefund(5, 1, "ref_5", 2000, "EUR", RefundStatus.SENT, null);

    assertEquals(
        List.of(), match(List.of(charge(1, 2000, IN)), List.of(p), List.of(sent)).findings());
    assertEquals(
        List.of("amount-differs payment 1"),
        kinds(match(List.of(charge(1, 2000, IN)), List.of(p), List.of())));
  }

  @Test
  void payoutLinesAreLeftOutUntilPayoutsAreTracked() {
    ProviderTransaction payout =
        new ProviderTransaction("po_1", TransactionKind.PAYOUT, null, "payout:1", eur(500), IN);

    var untracked = match(List.of(payout), List.of(), List.of());
    var tracked =
        ReconciliationMatcher.match(
            new ReconciliationMatcher.Input(
                FROM,
                TO,
                List.of(payout),
                List.of(),
                List.of(),
                true,
                List.of(new PayoutRecord("payout:1", "po_1", eur(400), IN))));

    assertEquals(List.of(), untracked.findings());
    assertEquals(0, untracked.matched());
    assertEquals(List.of("amount-differs po_1"), kinds(tracked));
  }
}
