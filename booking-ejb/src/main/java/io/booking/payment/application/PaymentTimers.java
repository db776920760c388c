package io.booking.payment.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Sends refunds and payouts the provider has not taken yet, every ten seconds on every instance
 * (the claim's row lock lets one of them send each), and settles yesterday every night. Refunds and
 * payouts live in the database, so a restart loses none.
 */
@Singleton
public class PaymentTimers {

  private static final Logger LOG = Logger.getLogger(PaymentTimers.class.getName());

  @EJB Refunds refunds;

  @EJB Payouts payouts;

  @EJB Settlements settlements;

  @Inject Clock clock;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sendRefunds() {
    int sent = refunds.sendDue(clock.instant());
    if (sent > 0) {
      LOG.info(() -> sent + " refunds sent to the payment provider");
    }
  }

  @Schedule(hour = "*", minute = "*", second = "5/10", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sendPayouts() {
    int sent = payouts.sendDue(clock.instant());
    if (sent > 0) {
      LOG.info(() -> sent + " payouts sent to the payment provider");
    }
  }

  /**
   * Yesterday's statements (UTC days), at 01:00 UTC on every instance: the payable row lock and the
   * statement's unique day make one run settle each merchant; credits a missed run left are settled
   * by the next day's statement.
   */
  @Schedule(hour = "1", minute = "0", second = "0", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void settleYesterday() {
    SettlementRun run =
        settlements.settleDay(Settlements.businessDay(clock.instant()).minusDays(1));
    LOG.info(() -> run.statementIds().size() + " statements for " + run.day());
  }
}
