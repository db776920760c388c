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
 * Sends refunds the provider has not taken yet, every ten seconds on every instance (the claim's
 * row lock lets one of them send each). Refunds live in the database, so a restart loses none.
 */
@Singleton
public class PaymentTimers {

  private static final Logger LOG = Logger.getLogger(PaymentTimers.class.getName());

  @EJB Refunds refunds;

  @Inject Clock clock;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sendRefunds() {
    int sent = refunds.sendDue(clock.instant());
    if (sent > 0) {
      LOG.info(() -> sent + " refunds sent to the payment provider");
    }
  }
}
