package io.booking.payment.application;

import io.booking.identity.application.AccountService;
import io.booking.payment.domain.Finding;
import io.booking.payment.domain.PaymentProvider;
import io.booking.payment.domain.PaymentProvider.ProviderTransaction;
import io.booking.payment.domain.ReconciliationMismatch;
import io.booking.payment.domain.ReconciliationRun;
import io.booking.payment.domain.ReconciliationRuns;
import io.booking.platform.infrastructure.UniqueKeys;
import io.booking.shared.domain.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reconciles the ledger with the payment provider (docs/decisions/0027-reconciliation.md): every
 * charge and refund the provider lists in a window matches the platform's payment, escrow hold and
 * refund; every payment and refund the platform has as done there is on the provider's list; per
 * payment, what the ledger gave back equals what the provider refunded; and the ledger's own
 * invariants hold. Once a day by {@link ReconciliationTimer}, and when an administrator asks.
 *
 * <p>The provider is asked outside any transaction (a slow provider holds no connection); the
 * comparison and its record are one transaction ({@link ReconciliationRecorder}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Reconciliation {

  /** How far back a default run looks: two days, so each day is compared twice. */
  public static final Duration SPAN = Duration.ofDays(2);

  /**
   * Records younger than this are left to the next run: a payment the provider took a moment ago
   * may not be notified yet, and would be a false mismatch.
   */
  public static final Duration SETTLE = Duration.ofMinutes(10);

  /**
   * How much earlier than the window the provider's lines are read: a payment the platform took as
   * paid at the window's start was charged at the provider a little before.
   */
  public static final Duration LOOK_BACK = Duration.ofDays(1);

  /** Mismatches listed with a run at most. */
  public static final int MAX_SHOWN = 500;

  @Inject PaymentProvider provider;

  @Inject ReconciliationRuns runs;

  @EJB ReconciliationRecorder recorder;

  @EJB AccountService identity;

  @Inject Clock clock;

  /** Runs now over the default window (the last two days, up to {@link #SETTLE} ago). */
  public ReconciliationView reconcileNow(long administratorId) {
    Instant to = clock.instant().minus(SETTLE);
    return reconcile(administratorId, to.minus(SPAN), to);
  }

  /**
   * Runs now over [from, to).
   *
   * @throws InvalidInputException when the window ends before it starts or in the future
   */
  public ReconciliationView reconcile(long administratorId, Instant from, Instant to) {
    Administrators.require(identity, administratorId, "reconcile the ledger");
    Instant now = clock.instant();
    if (from == null || to == null || !from.isBefore(to)) {
      throw new InvalidInputException("to", "must be after from");
    }
    if (to.isAfter(now)) {
      throw new InvalidInputException("to", "must not be in the future");
    }
    ReconciliationRun run =
        ReconciliationRun.onDemand(administratorId, provider.name(), from, to, now);
    return recorder.record(run, linesFor(from, now));
  }

  /**
   * The daily job's run of {@code day} over the default window; empty when the day was run already,
   * by this instance or another (the day's unique key lets one in).
   */
  public Optional<ReconciliationView> daily(LocalDate day) {
    Instant now = clock.instant();
    Instant to = now.minus(SETTLE);
    Instant from = to.minus(SPAN);
    ReconciliationRun run = ReconciliationRun.daily(day, provider.name(), from, to, now);
    List<ProviderTransaction> lines = linesFor(from, now);
    try {
      return Optional.of(recorder.record(run, lines));
    } catch (EJBException e) {
      if (UniqueKeys.violated(e, ReconciliationRuns.DAY_KEY)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** The run started last, with its mismatches; empty before the first. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Optional<ReconciliationView> last(long administratorId) {
    Administrators.require(identity, administratorId, "see the reconciliation");
    return runs.latest()
        .map(
            run ->
                view(
                    run,
                    runs.mismatchesOf(run.id(), MAX_SHOWN).stream()
                        .map(ReconciliationMismatch::finding)
                        .toList()));
  }

  /**
   * The provider's lines from the look-back before the window up to a second past now (a driver
   * that sends times in whole seconds would leave out the current one).
   */
  private List<ProviderTransaction> linesFor(Instant from, Instant now) {
    return provider.transactions(from.minus(LOOK_BACK), now.plusSeconds(1));
  }

  static ReconciliationView view(ReconciliationRun run, List<Finding> mismatches) {
    return new ReconciliationView(
        run.id(),
        run.trigger().name(),
        run.runDay(),
        run.provider(),
        run.windowFrom(),
        run.windowTo(),
        run.startedAt(),
        run.finishedAt(),
        run.matchedCount(),
        run.mismatchCount(),
        run.status(),
        mismatches);
  }
}
