package io.booking.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.catalog.domain.PaymentMode;
import io.booking.reservation.application.ReservationService;
import io.booking.reservation.application.ReservationView;
import io.booking.shared.domain.Money;
import io.booking.shared.domain.UnknownObjectException;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A customer's receipt: only theirs, only once paid, with what came back and when. */
@ExtendWith(ArquillianExtension.class)
class ReceiptIT {

  private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("receipt-it");
  }

  @EJB Payments payments;

  @EJB ReservationService reservations;

  @EJB MoneyWorld money;

  @EJB TestWorld world;

  @Test
  void aLateCancelledBookingsReceiptShowsThePaymentTheRefundAndTheNet() {
    long offering = money.prepaidOffering(AUCKLAND, 30);
    Instant start = Instant.now().plus(Duration.ofHours(24));
    ReservationView paid = money.paid(offering, start, 2);
    long customer = world.ownerOfReservation(paid.id());
    reservations.cancel(customer, paid.id());
    money.refundsConfirmed(paid.payment().id());

    ReceiptView r = payments.receipt(customer, paid.payment().id());

    assertEquals(paid.payment().id(), r.number());
    assertEquals(paid.venueName(), r.venueName());
    assertEquals(paid.offeringName(), r.offeringName());
    assertEquals(AUCKLAND, r.slotStart().getZone(), "the slot in the venue's zone");
    assertEquals(
        start.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
        r.slotStart().toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    assertEquals(2, r.partySize());
    assertEquals(Money.ofMinor(2000, "EUR"), r.paid());
    assertNotNull(r.paidAt());
    assertEquals("sandbox", r.provider());
    assertNotNull(r.providerReference(), "the provider's reference");
    assertEquals(1, r.refunds().size());
    assertEquals(Money.ofMinor(600, "EUR"), r.refunds().get(0).amount(), "30 % of 20.00");
    assertNotNull(r.refunds().get(0).refundedAt());
    assertTrue(!r.refunds().get(0).refundedAt().isBefore(r.paidAt()));
    assertEquals(Money.ofMinor(600, "EUR"), r.refunded());
    assertEquals(Money.ofMinor(1400, "EUR"), r.netPaid());
    assertEquals(PaymentMode.PREPAID, r.mode());
    assertEquals(30, r.lateCancelRefundPercent());
    assertEquals("PARTIALLY_REFUNDED", r.status());
  }

  @Test
  void aPaidBookingHasAReceiptWithNothingRefunded() {
    ReservationView paid =
        money.paid(money.prepaidOffering(AUCKLAND, 0), Instant.now().plus(Duration.ofDays(3)), 1);

    ReceiptView r = payments.receipt(world.ownerOfReservation(paid.id()), paid.payment().id());

    assertEquals("SUCCEEDED", r.status());
    assertEquals(0, r.refunds().size());
    assertEquals(Money.ofMinor(1000, "EUR"), r.netPaid());
  }

  @Test
  void anotherCustomersPaymentAndAnUnpaidOneHaveNoReceipt() {
    long offering = money.prepaidOffering(AUCKLAND, 0);
    ReservationView paid = money.paid(offering, Instant.now().plus(Duration.ofDays(3)), 1);
    ReservationView unpaid = money.booked(offering, Instant.now().plus(Duration.ofDays(4)), 1);

    assertThrows(
        UnknownObjectException.class,
        () -> payments.receipt(world.customer(), paid.payment().id()),
        "another customer's payment is 404");
    assertThrows(
        UnknownObjectException.class,
        () -> payments.receipt(world.ownerOfReservation(unpaid.id()), unpaid.payment().id()),
        "a payment not made yet has no receipt");
  }
}
