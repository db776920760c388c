package io.booking.payment.application;

import io.booking.payment.domain.Payment;
import io.booking.payment.domain.PaymentRepository;
import io.booking.payment.domain.PaymentStatus;
import io.booking.payment.domain.RefundReason;
import io.booking.reservation.domain.CancelReason;
import io.booking.reservation.domain.ReservationCancelled;
import io.booking.reservation.domain.ReservationCheckedIn;
import io.booking.reservation.domain.ReservationMarkedNoShow;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * What a booking's changes do to its money, observed inside the transaction that changed the
 * booking (the reservation's row is locked by then; the payment's is locked after it, always in
 * that order).
 */
@Stateless
public class PaymentReactions {

  @Inject PaymentRepository payments;

  @EJB Escrow escrow;

  @Inject Event<CheckoutAbandoned> abandoned;

  public void checkedIn(@Observes ReservationCheckedIn e) {
    if (!e.walkIn()) {
      locked(e.reservationId()).ifPresent(escrow::release);
    }
  }

  public void noShow(@Observes ReservationMarkedNoShow e) {
    locked(e.reservationId()).ifPresent(escrow::release);
  }

  public void cancelled(@Observes ReservationCancelled e) {
    locked(e.reservationId())
        .ifPresent(
            p -> {
              if (e.reason() == CancelReason.PAYMENT_FAILED) {
                return; // the notification that failed it has marked the payment
              }
              if (p.status() == PaymentStatus.PENDING) {
                if (p.cancel()) {
                  abandoned.fire(new CheckoutAbandoned(p.id()));
                }
              } else if (e.reason() == CancelReason.BY_CUSTOMER && e.late()) {
                escrow.cancelLate(p);
              } else if (e.reason() == CancelReason.BY_CUSTOMER) {
                escrow.refundAll(p, RefundReason.CANCELLED_IN_TIME);
              } else {
                escrow.refundAll(p, RefundReason.BOOKING_GONE);
              }
            });
  }

  private java.util.Optional<Payment> locked(long reservationId) {
    return payments.findByReservation(reservationId).flatMap(p -> payments.lock(p.id()));
  }
}
