package io.booking.payment.application;

import io.booking.payment.domain.Payment;
import io.booking.payment.domain.PaymentProvider;
import io.booking.payment.domain.PaymentRefund;
import io.booking.payment.domain.PaymentRepository;
import io.booking.shared.domain.Money;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends decided refunds to the provider: at once after the deciding transaction commits, and again
 * from {@link PaymentTimers} until the provider takes them. A sender claims a refund in a short
 * transaction of its own (the row lock decides between instances); the provider's refund key makes
 * a refund sent twice (a sender that died after sending) one refund.
 */
@Stateless
public class Refunds {

  private static final Logger LOG = Logger.getLogger(Refunds.class.getName());

  @Inject PaymentRepository payments;

  @Inject PaymentProvider provider;

  @Inject Clock clock;

  @Resource SessionContext context;

  /** Right after the decision committed. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void decided(@Observes(during = TransactionPhase.AFTER_SUCCESS) RefundRequested e) {
    send(e.refundId());
  }

  /**
   * The provider's checkout of a booking that was let go closes (best effort: a late payment is
   * refunded).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void abandoned(@Observes(during = TransactionPhase.AFTER_SUCCESS) CheckoutAbandoned e) {
    payments
        .findById(e.paymentId())
        .map(Payment::providerPaymentId)
        .ifPresent(
            providerId -> {
              try {
                provider.cancel(providerId);
              } catch (RuntimeException unavailable) {
                LOG.log(Level.INFO, "Could not close checkout " + providerId, unavailable);
              }
            });
  }

  /** Every refund due now (sent again after a failure, or claimed by a sender that died). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int sendDue(Instant now) {
    Refunds self = context.getBusinessObject(Refunds.class);
    int sent = 0;
    for (long id : self.dueIds(now)) {
      if (self.send(id)) {
        sent++;
      }
    }
    return sent;
  }

  public List<Long> dueIds(Instant now) {
    return payments.dueRefundIds(now, 200);
  }

  /** Claims, sends and records one refund; false when another sender has it or it failed. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean send(long refundId) {
    Refunds self = context.getBusinessObject(Refunds.class);
    Claimed claimed = self.claim(refundId);
    if (claimed == null) {
      return false;
    }
    try {
      PaymentProvider.StartedRefund started =
          provider.refund(claimed.providerPaymentId(), claimed.amount(), claimed.key());
      self.sent(refundId, started.providerRefundId());
      return true;
    } catch (RuntimeException notTaken) {
      // Down, slow, or refusing for now (a payment it has not settled yet): again later, with
      // backoff; the reconciliation lists refunds that never go through.
      LOG.log(Level.WARNING, "Refund " + refundId + " not taken by the provider yet", notTaken);
      self.retryLater(refundId);
      return false;
    }
  }

  /** What a sender needs, read under the claim. */
  public record Claimed(String providerPaymentId, Money amount, String key) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Claimed claim(long refundId) {
    PaymentRefund refund = payments.lockRefund(refundId).orElse(null);
    if (refund == null || !refund.claim(clock.instant())) {
      return null;
    }
    Payment p = payments.findById(refund.paymentId()).orElseThrow();
    return new Claimed(
        p.providerPaymentId(),
        Money.ofMinor(refund.amountMinor(), p.amount().currency()),
        refund.refundKey());
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void sent(long refundId, String providerRefundId) {
    payments.lockRefund(refundId).orElseThrow().sent(providerRefundId);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void retryLater(long refundId) {
    payments.lockRefund(refundId).orElseThrow().retryLater(clock.instant());
  }
}
