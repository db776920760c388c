package io.booking.payment.infrastructure.sandbox;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every two seconds: completes due refunds and payouts, then delivers due notifications (several
 * passes while they come in full batches). Everything it works on lives in the database, so a
 * restart loses nothing, and every instance runs it: the claims in {@link SandboxOutbox} and the
 * row locks in {@link SandboxRecords} make each step happen once (decision 0005's way, not
 * persistent EJB timers). A run still going when the next is due makes that one skip.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SandboxTimer {

  private static final Logger LOG = Logger.getLogger(SandboxTimer.class.getName());

  static final int MAX_PASSES = 5;

  @EJB SandboxDelivery delivery;

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      delivery.completeDue();
      for (int pass = 0; pass < MAX_PASSES; pass++) {
        if (delivery.deliverDue() < SandboxDelivery.BATCH) {
          break;
        }
      }
    } catch (RuntimeException e) {
      // The next run tries again: what failed is still due in the database.
      LOG.log(Level.WARNING, "Sandbox notifications: this run failed, the next one retries", e);
    } finally {
      running.set(false);
    }
  }
}
