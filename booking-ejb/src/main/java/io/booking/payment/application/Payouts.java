package io.booking.payment.application;

import io.booking.payment.domain.AccountRef;
import io.booking.payment.domain.PaymentProvider;
import io.booking.payment.domain.PaymentProvider.ProviderEvent;
import io.booking.payment.domain.Payout;
import io.booking.payment.domain.SettlementRepository;
import io.booking.payment.domain.StatementLine;
import io.booking.payment.domain.Subject;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
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
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Statements' payouts on their way to the merchant, the way {@link Refunds} sends refunds: sent at
 * once after the statement commits and again from {@link PaymentTimers} until the provider takes
 * them, each claimed under its row lock; the payout key makes a payout sent twice one payout. The
 * provider's outcome moves the money: PAYOUT_PAID from {@code PAYOUTS_IN_FLIGHT} to the provider's
 * clearing account, PAYOUT_FAILED back to the merchant's payable balance (settled again on the next
 * statement as a returned payout).
 */
@Stateless
public class Payouts {

  private static final Logger LOG = Logger.getLogger(Payouts.class.getName());

  /** The ledger subject of a payout's transfers. */
  public static final String SUBJECT = "payout";

  static final String PAID = "payout-paid";

  @Inject SettlementRepository settlements;

  @Inject PaymentProvider provider;

  @EJB Ledger ledger;

  @Inject Clock clock;

  @Resource SessionContext context;

  /** Right after the statement committed. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void requested(@Observes(during = TransactionPhase.AFTER_SUCCESS) PayoutRequested e) {
    send(e.payoutId());
  }

  /** Every payout due now (sent again after a failure, or claimed by a sender that died). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int sendDue(Instant now) {
    Payouts self = context.getBusinessObject(Payouts.class);
    int sent = 0;
    for (long id : self.dueIds(now)) {
      if (self.send(id)) {
        sent++;
      }
    }
    return sent;
  }

  public List<Long> dueIds(Instant now) {
    return settlements.duePayoutIds(now, 200);
  }

  /** Claims, sends and records one payout; false when another sender has it or it failed. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean send(long payoutId) {
    Payouts self = context.getBusinessObject(Payouts.class);
    Claimed claimed = self.claim(payoutId);
    if (claimed == null) {
      return false;
    }
    try {
      PaymentProvider.StartedPayout started =
          provider.payout(claimed.destination(), claimed.payout().amount(), claimed.key());
      self.sent(payoutId, started.providerPayoutId());
      return true;
    } catch (RuntimeException notTaken) {
      LOG.log(Level.WARNING, "Payout " + payoutId + " not taken by the provider yet", notTaken);
      self.retryLater(payoutId);
      return false;
    }
  }

  /** What a sender needs, read under the claim. */
  public record Claimed(Payout payout, String destination, String key) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Claimed claim(long payoutId) {
    Payout payout = settlements.lockPayout(payoutId).orElse(null);
    if (payout == null
        || !payout.provider().equals(provider.name())
        || !payout.claim(clock.instant())) {
      return null;
    }
    return new Claimed(payout, payout.destination(), payout.payoutKey());
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void sent(long payoutId, String providerPayoutId) {
    settlements.lockPayout(payoutId).orElseThrow().sent(providerPayoutId);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void retryLater(long payoutId) {
    settlements.lockPayout(payoutId).orElseThrow().retryLater(clock.instant());
  }

  /**
   * The provider's outcome of a payout, in the notification's transaction: the payout's row lock
   * orders it with its sender, its status makes it once, and the transfer's key backs that up. A
   * payout key the platform never made (a payout made on the provider's dashboard) changes nothing.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void completed(ProviderEvent event, boolean paid) {
    Optional<Payout> known =
        Optional.ofNullable(event.reference()).flatMap(settlements::findPayoutByKey);
    if (known.isEmpty()) {
      LOG.info(() -> "Payout event " + event.eventId() + " names no payout of the platform");
      return;
    }
    Payout payout = settlements.lockPayout(known.get().id()).orElseThrow();
    Instant now = clock.instant();
    if (!(paid ? payout.paid(now) : payout.failed(now))) {
      return;
    }
    AccountRef inFlight =
        AccountRef.payoutsInFlight(payout.merchantId(), payout.amount().currency());
    Subject subject = new Subject(SUBJECT, payout.id());
    if (paid) {
      ledger.transfer(
          inFlight,
          AccountRef.providerClearing(payout.provider(), payout.amount().currency()),
          payout.amount(),
          subject,
          PAID,
          "payout-paid:" + payout.id());
    } else {
      ledger.transfer(
          inFlight,
          AccountRef.merchantPayable(payout.merchantId(), payout.amount().currency()),
          payout.amount(),
          subject,
          StatementLine.RETURNED_PAYOUT_REASON,
          "payout-returned:" + payout.id());
    }
  }
}
