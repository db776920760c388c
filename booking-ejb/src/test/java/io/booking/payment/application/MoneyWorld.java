package io.booking.payment.application;

import io.booking.catalog.domain.PaymentTerms;
import io.booking.payment.domain.PaymentProvider.EventType;
import io.booking.payment.domain.PaymentProvider.ProviderEvent;
import io.booking.payment.domain.PaymentRefund;
import io.booking.payment.domain.PaymentRepository;
import io.booking.payment.infrastructure.sandbox.SandboxCheckout;
import io.booking.reservation.application.BookingCommand;
import io.booking.reservation.application.ReservationService;
import io.booking.reservation.application.ReservationView;
import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.Channel;
import io.booking.shared.domain.Money;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Bookings with money, for the receipt and revenue tests: a prepaid offering, a booking paid as the
 * provider's notification says, a refund the provider confirms. Each step commits on its own, as
 * the requests would.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MoneyWorld {

  @EJB TestWorld world;

  @EJB ReservationService reservations;

  @EJB PaymentNotifications notifications;

  @Inject PaymentRepository payments;

  @EJB SandboxCheckout checkout;

  /** A prepaid offering at 10.00 EUR a person in the zone, free cancellation until 48 h before. */
  public long prepaidOffering(ZoneId zone, int lateCancelRefundPercent) {
    long offering = world.offering(zone, 20, 4, Duration.ofHours(48));
    world.payOnline(offering, PaymentTerms.prepaid(lateCancelRefundPercent));
    return offering;
  }

  /** A booking of the offering at the start, not paid yet (its checkout is open). */
  public ReservationView booked(long offering, Instant start, int party) {
    long slot = world.slot(offering, start);
    return reservations
        .bookOnce(
            new BookingCommand(world.customer(), slot, party, BookingSource.direct(Channel.API)),
            null)
        .reservation();
  }

  /**
   * A booking paid at the sandbox's checkout with the card that pays, and the provider's
   * confirmation applied: CONFIRMED, its money in escrow (and refundable at the sandbox).
   */
  public ReservationView paid(long offering, Instant start, int party) {
    ReservationView booked = booked(offering, start, party);
    String url = booked.payment().checkoutUrl();
    String token = url.substring(url.indexOf("token=") + "token=".length());
    SandboxCheckout.Outcome outcome = checkout.pay(token, "4242 4242 4242 4242").outcome();
    if (outcome != SandboxCheckout.Outcome.PAID) {
      throw new IllegalStateException("the sandbox answered " + outcome);
    }
    notifications.apply(
        new ProviderEvent(
            "evt_" + UUID.randomUUID(),
            EventType.PAYMENT_SUCCEEDED,
            null,
            String.valueOf(booked.payment().id()),
            null,
            booked.payment().amount(),
            Instant.now()));
    return reservations.reservation(world.ownerOfReservation(booked.id()), booked.id());
  }

  /** The provider says it refunded every refund of the payment it took. */
  public void refundsConfirmed(long paymentId) {
    for (PaymentRefund r : payments.refundsOf(paymentId)) {
      if (r.providerRefundId() == null) {
        throw new IllegalStateException("refund " + r.id() + " was not sent to the provider");
      }
      notifications.apply(
          new ProviderEvent(
              "evt_" + UUID.randomUUID(),
              EventType.REFUND_SUCCEEDED,
              null,
              String.valueOf(paymentId),
              r.providerRefundId(),
              Money.ofMinor(r.amountMinor(), "EUR"),
              Instant.now()));
    }
  }
}
