package io.booking.payment.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reconciles the ledger with the provider once a day. The timer fires on every instance; the day's
 * unique key on the run lets one of them record it, and the others find it taken.
 */
@Singleton
public class ReconciliationTimer {

  private static final Logger LOG = Logger.getLogger(ReconciliationTimer.class.getName());

  @EJB Reconciliation reconciliation;

  @Inject Clock clock;

  @Schedule(hour = "3", minute = "15", timezone = "UTC", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void reconcileDaily() {
    LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    try {
      reconciliation
          .daily(day)
          .ifPresentOrElse(
              run ->
                  LOG.info(
                      () ->
                          "reconciliation of "
                              + day
                              + ": "
                              + run.matched()
                              + " matched, "
                              + run.mismatchCount()
                              + " mismatches"),
              () -> LOG.fine(() -> "reconciliation of " + day + " was run by another instance"));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "reconciliation of " + day + " failed; the next day's run retries", e);
    }
  }
}
