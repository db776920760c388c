package io.booking.payment.application;

import io.booking.payment.domain.Payment;
import io.booking.payment.domain.PaymentRefund;
import io.booking.payment.domain.PaymentRepository;
import io.booking.payment.domain.RefundReason;
import io.booking.payment.domain.RefundSplit;
import io.booking.payment.domain.Subject;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * What happens to a payment's escrow, each in the caller's transaction (the one that changed the
 * booking), so the booking and its money commit together: held when the provider confirms, released
 * to the merchant (minus commission) by a visit or a no-show, voided and refunded when the booking
 * goes, split by the offering's share when it goes late. The ledger's keys and the payment's escrow
 * mark make each happen once.
 */
@Stateless
public class Escrow {

  @EJB Ledger ledger;

  @EJB Commissions commissions;

  @Inject PaymentRepository payments;

  @Inject Event<RefundRequested> refundRequested;

  @Inject Clock clock;

  /** The provider confirmed the money: it goes into the merchant's escrow, pending. */
  public void hold(Payment p) {
    long pending =
        ledger.holdPayment(
            p.provider(),
            p.merchantId(),
            p.amount(),
            Subject.reservation(p.reservationId()),
            "hold:payment:" + p.id());
    p.escrowHeldBy(pending);
  }

  /** The visit happened (or the deposit is kept): all of it to the merchant, minus commission. */
  public void release(Payment p) {
    if (!p.holdsEscrow()) {
      return;
    }
    ledger.release(
        p.heldTransferId(),
        p.amount().minorUnits(),
        commissions.rateFor(p.merchantId()),
        "release:payment:" + p.id());
    p.escrowResolved(clock.instant());
  }

  /** The booking is gone in time (or never was): everything back to the customer. */
  public void refundAll(Payment p, RefundReason reason) {
    Instant now = clock.instant();
    if (p.holdsEscrow()) {
      ledger.voidHold(p.heldTransferId(), "void:payment:" + p.id());
      p.escrowResolved(now);
      refund(p, p.amount().minorUnits(), reason, now);
    }
  }

  /**
   * Cancelled inside the window: the offering's share back to the customer (rounded up, in the
   * customer's favour), the rest released to the merchant as a visit would be.
   */
  public void cancelLate(Payment p) {
    if (!p.holdsEscrow()) {
      return;
    }
    Instant now = clock.instant();
    RefundSplit split =
        RefundSplit.lateCancellation(p.amount().minorUnits(), p.lateCancelRefundPercent());
    long back = split.refundMinor();
    long kept = split.releaseMinor();
    if (kept > 0) {
      ledger.release(
          p.heldTransferId(),
          kept,
          commissions.rateFor(p.merchantId()),
          "release:payment:" + p.id());
    } else {
      ledger.voidHold(p.heldTransferId(), "void:payment:" + p.id());
    }
    p.escrowResolved(now);
    if (back > 0) {
      refund(p, back, RefundReason.CANCELLED_LATE, now);
    }
  }

  private void refund(Payment p, long amountMinor, RefundReason reason, Instant now) {
    PaymentRefund refund =
        payments.requestRefund(new PaymentRefund(p.id(), amountMinor, reason, now));
    refundRequested.fire(new RefundRequested(refund.id()));
  }
}
