package io.booking.payment.application;

import io.booking.catalog.domain.PaymentMode;
import io.booking.shared.domain.Money;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A customer's receipt for a payment that went through: what was booked (the slot in the venue's
 * zone), what was paid and when, the provider's reference, what came back and when, what stays
 * paid, and the terms the booking was made on. Its number is the payment's id.
 */
public record ReceiptView(
    long number,
    long reservationId,
    String reservationCode,
    String venueName,
    String offeringName,
    ZonedDateTime slotStart,
    int partySize,
    Money paid,
    Instant paidAt,
    String provider,
    String providerReference,
    List<Refund> refunds,
    Money refunded,
    Money netPaid,
    PaymentMode mode,
    int lateCancelRefundPercent,
    String status) {

  /** A refund the provider made: how much and when. */
  public record Refund(Money amount, Instant refundedAt) {}
}
