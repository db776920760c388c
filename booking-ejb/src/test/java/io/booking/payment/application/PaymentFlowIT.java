package io.booking.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.catalog.domain.PaymentTerms;
import io.booking.payment.domain.PaymentProvider.EventType;
import io.booking.payment.domain.PaymentProvider.ProviderEvent;
import io.booking.payment.domain.Subject;
import io.booking.reservation.application.BookingCommand;
import io.booking.reservation.application.PaymentSummary;
import io.booking.reservation.application.ReservationService;
import io.booking.reservation.application.ReservationView;
import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.Channel;
import io.booking.reservation.domain.ReservationStatus;
import io.booking.shared.domain.Money;
import io.booking.shared.domain.UnknownObjectException;
import io.booking.testing.AtOnce;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A booking's money from payment to visit or refund, with the provider's notifications applied as
 * they arrive (signatures are the sandbox's own test; here the verified events are applied). On
 * MariaDB in CI, where the races are proven; the ledger's invariants are checked after each step.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentFlowIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("payment-flow-it");
  }

  @EJB ReservationService reservations;

  @EJB PaymentNotifications notifications;

  @EJB Payments payments;

  @EJB Ledger ledger;

  @EJB Commissions commissions;

  @EJB io.booking.reservation.application.StaffDesk desk;

  @EJB TestWorld world;

  /** A prepaid offering (TestWorld prices it at 10.00 EUR a person). */
  private long prepaid(int lateCancelRefundPercent, Duration window) {
    long offering = world.offering(SHANGHAI, 20, 4, window);
    world.payOnline(offering, PaymentTerms.prepaid(lateCancelRefundPercent));
    return offering;
  }

  private ReservationView book(long offering, Instant start, int party) {
    long slot = world.slot(offering, start);
    return reservations
        .bookOnce(
            new BookingCommand(world.customer(), slot, party, BookingSource.direct(Channel.API)),
            null)
        .reservation();
  }

  private ProviderEvent event(EventType type, PaymentSummary payment, Instant at) {
    return new ProviderEvent(
        "evt_" + UUID.randomUUID(),
        type,
        null,
        String.valueOf(payment.id()),
        null,
        payment.amount(),
        at);
  }

  private void assertLedgerHealthy() {
    LedgerCheck check = ledger.check();
    assertTrue(check.healthy(), check::toString);
  }

  @Test
  void aPrepaidBookingIsHeldUntilThePaymentIsConfirmedAndItsMoneyWaitsInEscrow() {
    long offering = prepaid(30, Duration.ofHours(2));
    ReservationView booked = book(offering, Instant.now().plus(Duration.ofDays(3)), 2);

    assertEquals(ReservationStatus.HELD, booked.status());
    PaymentSummary payment = booked.payment();
    assertNotNull(payment);
    assertEquals("PENDING", payment.status());
    assertEquals(Money.ofMinor(2000, "EUR"), payment.amount());
    assertNotNull(payment.checkoutUrl(), "the sandbox opened a checkout");

    assertTrue(notifications.apply(event(EventType.PAYMENT_SUCCEEDED, payment, Instant.now())));

    ReservationView after =
        reservations.reservation(world.ownerOfReservation(booked.id()), booked.id());
    assertEquals(ReservationStatus.CONFIRMED, after.status());
    assertEquals("SUCCEEDED", after.payment().status());
    assertEquals(2000, ledger.heldFor(Subject.reservation(booked.id())).minorUnits());
    assertLedgerHealthy();
  }

  @Test
  void aCheckInReleasesTheEscrowToTheMerchantMinusTheCommission() {
    ZoneId zone = TestWorld.zoneWhereTodayLastsTwoMoreHours();
    long offering = world.offering(zone, 20, 4, Duration.ofHours(0));
    world.payOnline(offering, PaymentTerms.prepaid(0));
    long venue = world.venueOf(offering);
    ReservationView booked = book(offering, Instant.now().plus(Duration.ofMinutes(90)), 3);
    notifications.apply(event(EventType.PAYMENT_SUCCEEDED, booked.payment(), Instant.now()));
    long merchant = payableOwner(venue);
    long payableBefore = payable(merchant);

    desk.checkIn(world.staffAt(venue), venue, booked.code());

    assertEquals(0, ledger.heldFor(Subject.reservation(booked.id())).minorUnits());
    int rate = commissions.rateFor(merchant);
    long commission = (3000L * rate + 5000) / 10000;
    assertEquals(
        3000 - commission,
        payable(merchant) - payableBefore,
        "the visit's money, less " + rate + " bp");
    assertLedgerHealthy();
  }

  private long payableOwner(long venueId) {
    return world.merchantOfVenue(venueId);
  }

  private long payable(long merchantId) {
    return ledger.balances().stream()
        .filter(b -> b.type() == io.booking.payment.domain.AccountType.MERCHANT_PAYABLE)
        .filter(b -> Long.valueOf(merchantId).equals(b.merchantId()))
        .mapToLong(io.booking.payment.domain.AccountBalance::postedMinor)
        .sum();
  }

  @Test
  void theSameNotificationTwiceAndAStalePendingAfterItChangeNothing() {
    long offering = prepaid(0, Duration.ofHours(2));
    ReservationView booked = book(offering, Instant.now().plus(Duration.ofDays(3)), 1);
    ProviderEvent paid = event(EventType.PAYMENT_SUCCEEDED, booked.payment(), Instant.now());
    ProviderEvent stale =
        event(EventType.PAYMENT_PENDING, booked.payment(), Instant.now().minusSeconds(30));

    assertTrue(notifications.apply(paid));
    assertTrue(!notifications.apply(paid), "a repeated event id is applied once");
    assertTrue(notifications.apply(stale));

    ReservationView after =
        reservations.reservation(world.ownerOfReservation(booked.id()), booked.id());
    assertEquals(ReservationStatus.CONFIRMED, after.status());
    assertEquals("SUCCEEDED", after.payment().status(), "never back to pending");
    assertEquals(1000, ledger.heldFor(Subject.reservation(booked.id())).minorUnits());
    assertLedgerHealthy();
  }

  @Test
  void aDeclinedPaymentReleasesThePlacesAtOnce() {
    long offering = prepaid(0, Duration.ofHours(2));
    ReservationView booked = book(offering, Instant.now().plus(Duration.ofDays(3)), 2);

    notifications.apply(event(EventType.PAYMENT_FAILED, booked.payment(), Instant.now()));

    ReservationView after =
        reservations.reservation(world.ownerOfReservation(booked.id()), booked.id());
    assertEquals(ReservationStatus.CANCELLED, after.status());
    assertEquals("FAILED", after.payment().status());
    assertEquals(0, world.bookedPlaces(booked.slotId()));
    assertThrows(
        UnknownObjectException.class,
        () -> ledger.heldFor(Subject.reservation(booked.id())),
        "nothing was ever held for it");
  }

  @Test
  void aLateCancellationRefundsTheOfferingsShareAndReleasesTheRest() {
    // Free cancellation ends 48 hours before; the slot is 24 hours away: a late cancellation.
    long offering = prepaid(30, Duration.ofHours(48));
    ReservationView booked = book(offering, Instant.now().plus(Duration.ofHours(24)), 2);
    notifications.apply(event(EventType.PAYMENT_SUCCEEDED, booked.payment(), Instant.now()));
    long customer = world.ownerOfReservation(booked.id());

    ReservationView cancelled = reservations.cancel(customer, booked.id());

    assertEquals(ReservationStatus.CANCELLED, cancelled.status());
    assertEquals(0, ledger.heldFor(Subject.reservation(booked.id())).minorUnits());
    assertEquals(600, world.refundRequested(booked.payment().id()), "30% of 20.00 back");
    assertLedgerHealthy();
  }

  @Test
  void aCancellationInTimeRefundsEverythingOnceEvenWhenSentTwiceAtOnce() throws Exception {
    long offering = prepaid(0, Duration.ofHours(2));
    ReservationView booked = book(offering, Instant.now().plus(Duration.ofDays(3)), 2);
    notifications.apply(event(EventType.PAYMENT_SUCCEEDED, booked.payment(), Instant.now()));
    long customer = world.ownerOfReservation(booked.id());

    AtOnce.run(2, 2, Duration.ofMinutes(1), i -> () -> reservations.cancel(customer, booked.id()));

    assertEquals(2000, world.refundRequested(booked.payment().id()), "one refund of all of it");
    assertEquals(0, ledger.heldFor(Subject.reservation(booked.id())).minorUnits());
    assertLedgerHealthy();
  }

  /**
   * The provider's confirmation and the hold's expiry at once, many times: either the booking is
   * confirmed and its money held, or it lapsed and the money goes back in full; never confirmed and
   * unpaid, never paid and lost.
   */
  @Test
  void aPaymentRacingTheHoldsExpiryEndsConfirmedAndPaidOrLapsedAndRefunded() throws Exception {
    int confirmed = 0;
    int refunded = 0;
    for (int round = 0; round < 12; round++) {
      long offering = prepaid(0, Duration.ofHours(2));
      ReservationView booked = book(offering, Instant.now().plus(Duration.ofDays(4)), 1);
      ProviderEvent paid = event(EventType.PAYMENT_SUCCEEDED, booked.payment(), Instant.now());
      Instant afterTheHold = Instant.now().plus(Duration.ofHours(1));
      AtOnce.run(
          2,
          2,
          Duration.ofMinutes(1),
          i ->
              () -> {
                if (i == 0) {
                  notifications.apply(paid);
                } else {
                  reservations.expireHold(booked.id(), afterTheHold);
                }
                return null;
              });
      ReservationView after =
          reservations.reservation(world.ownerOfReservation(booked.id()), booked.id());
      long held = ledger.heldFor(Subject.reservation(booked.id())).minorUnits();
      assertEquals("SUCCEEDED", after.payment().status(), "round " + round + ": the money arrived");
      if (after.status() == ReservationStatus.CONFIRMED) {
        assertEquals(1000, held, "round " + round + ": confirmed and its money held");
        assertEquals(0, world.refundRequested(booked.payment().id()));
        confirmed++;
      } else {
        assertEquals(ReservationStatus.CANCELLED, after.status(), "round " + round);
        assertEquals(0, held, "round " + round + ": nothing held for a lapsed booking");
        assertEquals(1000, world.refundRequested(booked.payment().id()), "round " + round);
        refunded++;
      }
      assertLedgerHealthy();
    }
    int c = confirmed;
    int r = refunded;
    java.util.logging.Logger.getLogger(PaymentFlowIT.class.getName())
        .info(() -> "payment vs hold expiry: " + c + " confirmed, " + r + " lapsed and refunded");
  }

  @Test
  void aBookingLetGoBeforeItsPaymentArrivesIsRefundedInFull() {
    long offering = prepaid(0, Duration.ofHours(2));
    ReservationView booked = book(offering, Instant.now().plus(Duration.ofDays(3)), 1);
    reservations.expireHold(booked.id(), Instant.now().plus(Duration.ofHours(1)));
    assertEquals(
        "CANCELLED",
        payments.of(booked.id()).orElseThrow().status(),
        "the unpaid payment is cancelled with its booking");

    notifications.apply(event(EventType.PAYMENT_SUCCEEDED, booked.payment(), Instant.now()));

    assertEquals("SUCCEEDED", payments.of(booked.id()).orElseThrow().status());
    assertEquals(1000, world.refundRequested(booked.payment().id()));
    assertEquals(0, ledger.heldFor(Subject.reservation(booked.id())).minorUnits());
    assertLedgerHealthy();
  }
}
