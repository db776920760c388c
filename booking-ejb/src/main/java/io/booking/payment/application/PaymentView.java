package io.booking.payment.application;

import io.booking.payment.domain.Payment;
import io.booking.shared.domain.Money;

/** A payment as its customer sees it. */
public record PaymentView(
    long id,
    long reservationId,
    String status,
    Money amount,
    Money refunded,
    String checkoutUrl,
    boolean inEscrow) {

  static PaymentView of(Payment p) {
    return new PaymentView(
        p.id(),
        p.reservationId(),
        p.status().name(),
        p.amount(),
        p.refundedAmount(),
        p.checkoutUrl(),
        p.holdsEscrow());
  }
}
