package io.booking.payment.application;

import io.booking.payment.domain.DuplicateDeliveryException;
import io.booking.payment.domain.Payment;
import io.booking.payment.domain.PaymentEvent;
import io.booking.payment.domain.PaymentProvider;
import io.booking.payment.domain.PaymentProvider.ProviderEvent;
import io.booking.payment.domain.PaymentRefund;
import io.booking.payment.domain.PaymentRepository;
import io.booking.payment.domain.RefundReason;
import io.booking.reservation.application.ReservationService;
import io.booking.reservation.domain.ReservationRepository;
import io.booking.shared.domain.BusinessConflictException;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The provider's notifications, verified and applied: each in one transaction that also records its
 * event id, so a repeated, late or out-of-order delivery changes nothing twice, and a payment never
 * moves backwards. Locks are taken in the order the booking side takes them: the reservation's row,
 * then the payment's.
 */
@Stateless
public class PaymentNotifications {

  /** What became of a delivery. */
  public enum Receipt {
    APPLIED,
    ALREADY_APPLIED
  }

  @Inject PaymentProvider provider;

  @Inject PaymentRepository payments;

  @Inject ReservationRepository reservations;

  @EJB ReservationService bookings;

  @EJB Escrow escrow;

  @EJB Payouts payouts;

  @Inject Clock clock;

  @Resource SessionContext context;

  /**
   * Verifies and applies one delivery.
   *
   * @throws io.booking.payment.domain.InvalidNotificationException when the signature is wrong or
   *     old (400: the provider delivers it again)
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Receipt receive(String providerName, String body, Map<String, String> headers) {
    if (!provider.name().equals(providerName)) {
      throw new UnknownObjectException("payment provider", providerName);
    }
    ProviderEvent event = provider.verify(body, headers);
    try {
      return context.getBusinessObject(PaymentNotifications.class).apply(event)
          ? Receipt.APPLIED
          : Receipt.ALREADY_APPLIED;
    } catch (DuplicateDeliveryException twinFirst) {
      return Receipt.ALREADY_APPLIED;
    }
  }

  /** Applies a verified event once; false when its id was applied before. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean apply(ProviderEvent event) {
    Instant now = clock.instant();
    if (!payments.recordEvent(
        new PaymentEvent(provider.name(), event.eventId(), event.type().name(), now))) {
      return false;
    }
    switch (event.type()) {
      case PAYMENT_SUCCEEDED -> succeeded(event, now);
      case PAYMENT_FAILED -> failed(event);
      case REFUND_SUCCEEDED -> refundEnded(event, true, now);
      case REFUND_FAILED -> refundEnded(event, false, now);
      case PAYOUT_PAID -> payouts.completed(event, true);
      case PAYOUT_FAILED -> payouts.completed(event, false);
      case PAYMENT_PENDING -> {
        // Pending says nothing new (a payment never moves back to it).
      }
    }
    return true;
  }

  private void succeeded(ProviderEvent event, Instant now) {
    Payment p = lockedPayment(event);
    if (!p.succeed(now)) {
      return;
    }
    escrow.hold(p);
    if (!bookings.confirmPaid(p.reservationId())) {
      // The booking's hold lapsed or it was let go before the money came: the money goes back.
      bookings.expireHold(p.reservationId(), now);
      escrow.refundAll(p, RefundReason.BOOKING_GONE);
    }
  }

  private void failed(ProviderEvent event) {
    Payment p = lockedPayment(event);
    if (p.fail()) {
      bookings.releaseUnpaid(p.reservationId());
    }
  }

  private void refundEnded(ProviderEvent event, boolean succeeded, Instant now) {
    PaymentRefund refund =
        payments
            .refundByProviderId(event.providerRefundId())
            .orElseThrow(
                () ->
                    // Not recorded as sent yet: the provider delivers it again.
                    new BusinessConflictException(
                        "unknown-refund",
                        "No refund " + event.providerRefundId() + " is known yet."));
    Payment p = payments.lock(refund.paymentId()).orElseThrow();
    if (succeeded ? refund.succeed(now) : refund.fail(now)) {
      if (succeeded) {
        p.refunded(refund.amountMinor());
      }
    }
  }

  /** The reservation's row, then the payment's (the order the booking side locks them in). */
  private Payment lockedPayment(ProviderEvent event) {
    long id;
    try {
      id = Long.parseLong(event.reference());
    } catch (NumberFormatException | NullPointerException e) {
      throw new UnknownObjectException("payment", String.valueOf(event.reference()));
    }
    Payment known =
        payments.findById(id).orElseThrow(() -> new UnknownObjectException("payment", id));
    reservations.lock(known.reservationId());
    return payments.lock(id).orElseThrow();
  }
}
