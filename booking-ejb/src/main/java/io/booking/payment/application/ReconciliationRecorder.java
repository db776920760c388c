package io.booking.payment.application;

import io.booking.payment.domain.Finding;
import io.booking.payment.domain.LedgerViolation;
import io.booking.payment.domain.PaymentProvider.ProviderTransaction;
import io.booking.payment.domain.PaymentProvider.TransactionKind;
import io.booking.payment.domain.PayoutRecord;
import io.booking.payment.domain.PayoutRecords;
import io.booking.payment.domain.PlatformPayment;
import io.booking.payment.domain.PlatformRefund;
import io.booking.payment.domain.ReconciliationMatcher;
import io.booking.payment.domain.ReconciliationMismatch;
import io.booking.payment.domain.ReconciliationRecords;
import io.booking.payment.domain.ReconciliationRun;
import io.booking.payment.domain.ReconciliationRuns;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares and records one run in one transaction ({@link Reconciliation} calls it outside any, so
 * it starts its own; a test may call it inside one it rolls back): the run's row first (a second
 * daily run of the day stops on its unique key), then the platform's records read, the provider's
 * lines (fetched before, outside any transaction) matched against them, the ledger's invariants
 * checked, and the mismatches written. A run that fails leaves nothing behind.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ReconciliationRecorder {

  /** Mismatches stored per run at most; the run's count is the true one. */
  static final int MAX_STORED = 1000;

  @Inject ReconciliationRuns runs;

  @Inject ReconciliationRecords records;

  @Inject PayoutRecords payouts;

  @EJB Ledger ledger;

  @Inject Clock clock;

  /**
   * @param lines the provider's lines from before {@code run}'s window (by the look-back) to now
   */
  public ReconciliationView record(ReconciliationRun run, List<ProviderTransaction> lines) {
    runs.add(run);
    Instant since = run.windowFrom().minus(Reconciliation.LOOK_BACK);
    Map<Long, PlatformPayment> payments = new HashMap<>();
    records.paymentsSince(run.provider(), since).forEach(p -> payments.put(p.id(), p));
    records
        .paymentsByIds(
            run.provider(), ReconciliationMatcher.unknownChargeReferences(lines, payments.values()))
        .forEach(p -> payments.put(p.id(), p));
    Map<Long, PlatformRefund> refunds = new HashMap<>();
    records.refundsSince(run.provider(), since).forEach(r -> refunds.put(r.id(), r));
    records.refundsOf(payments.keySet()).forEach(r -> refunds.put(r.id(), r));
    Set<String> knownRefunds = new HashSet<>();
    refunds.values().forEach(r -> knownRefunds.add(r.providerRefundId()));
    List<String> unknownRefunds =
        lines.stream()
            .filter(l -> l.kind() == TransactionKind.REFUND)
            .map(ProviderTransaction::providerTransactionId)
            .filter(id -> !knownRefunds.contains(id))
            .toList();
    records.refundsByProviderIds(unknownRefunds).forEach(r -> refunds.put(r.id(), r));
    List<PayoutRecord> payoutRecords = new ArrayList<>();
    if (payouts.tracked()) {
      payoutRecords.addAll(
          payouts.byKeys(
              lines.stream()
                  .filter(l -> l.kind() == TransactionKind.PAYOUT)
                  .map(ProviderTransaction::reference)
                  .toList()));
      payoutRecords.addAll(payouts.paidBetween(run.windowFrom(), run.windowTo()));
    }

    ReconciliationMatcher.Result result =
        ReconciliationMatcher.match(
            new ReconciliationMatcher.Input(
                run.windowFrom(),
                run.windowTo(),
                lines,
                payments.values(),
                refunds.values(),
                payouts.tracked(),
                payoutRecords));
    List<Finding> findings = new ArrayList<>(result.findings());
    for (LedgerViolation v : ledger.check().violations()) {
      findings.add(new Finding(Finding.LEDGER_INVARIANT, v.rule(), null, null, v.detail()));
    }
    for (Finding f : findings.subList(0, Math.min(findings.size(), MAX_STORED))) {
      runs.addMismatch(new ReconciliationMismatch(run.id(), f));
    }
    run.finished(result.matched(), findings.size(), clock.instant());
    return Reconciliation.view(
        run, findings.subList(0, Math.min(findings.size(), Reconciliation.MAX_SHOWN)));
  }
}
