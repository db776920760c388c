package io.booking.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.catalog.domain.PaymentTerms;
import io.booking.payment.domain.PaymentProvider.ProviderPaymentStatus;
import io.booking.payment.domain.PaymentRepository;
import io.booking.payment.domain.Subject;
import io.booking.payment.infrastructure.sandbox.SandboxOutage;
import io.booking.payment.infrastructure.sandbox.SandboxPaymentProvider;
import io.booking.reservation.application.BookingCommand;
import io.booking.reservation.application.PaymentSummary;
import io.booking.reservation.application.ReservationService;
import io.booking.reservation.application.ReservationView;
import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.Channel;
import io.booking.reservation.domain.ReservationStatus;
import io.booking.shared.domain.UnknownObjectException;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A provider that is down (the sandbox's outage switch: every call answers as a 503 would) while a
 * prepaid offering is booked: the booking is committed and HELD, its payment PENDING without a
 * checkout, its places taken; when the provider is back the payment page opens the checkout, and
 * when nobody pays the hold lapses cleanly: places back, the payment CANCELLED, nothing in the
 * ledger. The switch is the server's, so each test turns it off again.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderDownIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("provider-down-it");
  }

  @EJB ReservationService reservations;

  @EJB Payments payments;

  @EJB Ledger ledger;

  @EJB SandboxPaymentProvider sandbox;

  @Inject SandboxOutage outage;

  @Inject PaymentRepository paymentRecords;

  @EJB TestWorld world;

  @AfterEach
  void providerBack() {
    outage.end();
  }

  private long prepaidSlot() {
    long offering = world.offering(ZoneId.of("Asia/Shanghai"), 10, 4, Duration.ofHours(2));
    world.payOnline(offering, PaymentTerms.prepaid(0));
    return world.slot(offering, Instant.now().plus(Duration.ofDays(3)));
  }

  private ReservationView bookWhileDown(long slot, int party) {
    outage.begin();
    return reservations
        .bookOnce(
            new BookingCommand(world.customer(), slot, party, BookingSource.direct(Channel.API)),
            null)
        .reservation();
  }

  private void expire(ReservationView booked) {
    assertTrue(reservations.expireHold(booked.id(), booked.holdExpiresAt().plusSeconds(1)));
  }

  private void assertNothingInTheLedgerFor(ReservationView booked) {
    assertThrows(
        UnknownObjectException.class,
        () -> ledger.heldFor(Subject.reservation(booked.id())),
        "nothing was ever held for it");
    LedgerCheck check = ledger.check();
    assertTrue(check.healthy(), check::toString);
  }

  @Test
  void aBookingWhileTheProviderIsDownIsHeldWithoutACheckoutAndExpiresCleanly() {
    long slot = prepaidSlot();

    ReservationView booked = bookWhileDown(slot, 3);

    assertEquals(ReservationStatus.HELD, booked.status());
    assertEquals("PENDING", booked.payment().status());
    assertNull(booked.payment().checkoutUrl(), "the provider opened nothing");
    assertEquals(3, world.bookedPlaces(slot), "the places are held");
    assertNull(
        payments.checkout(booked.id()).checkoutUrl(), "opening it again fails while it is down");

    expire(booked);

    ReservationView after =
        reservations.reservation(world.ownerOfReservation(booked.id()), booked.id());
    assertEquals(ReservationStatus.CANCELLED, after.status());
    assertEquals("CANCELLED", after.payment().status());
    assertNull(after.payment().checkoutUrl());
    assertEquals(0, world.bookedPlaces(slot), "the places are back");
    assertNothingInTheLedgerFor(booked);
  }

  @Test
  void whenTheProviderIsBackThePaymentPageOpensTheCheckoutAndAnUnpaidHoldStillLapses() {
    long slot = prepaidSlot();
    ReservationView booked = bookWhileDown(slot, 2);
    assertNull(booked.payment().checkoutUrl());

    outage.end();
    PaymentSummary reopened = payments.checkout(booked.id());

    assertEquals("PENDING", reopened.status());
    assertNotNull(reopened.checkoutUrl(), "the provider is back: a checkout to pay at");
    assertEquals(
        reopened.checkoutUrl(),
        payments.checkout(booked.id()).checkoutUrl(),
        "opening it again answers the same checkout");
    String providerId = providerPaymentId(booked);
    assertEquals(ProviderPaymentStatus.PENDING, sandbox.state(providerId).status());
    assertEquals("HELD", world.statusOf(booked.id()));

    expire(booked);

    ReservationView after =
        reservations.reservation(world.ownerOfReservation(booked.id()), booked.id());
    assertEquals(ReservationStatus.CANCELLED, after.status());
    assertEquals("CANCELLED", after.payment().status());
    assertEquals(0, world.bookedPlaces(slot));
    assertNothingInTheLedgerFor(booked);
    assertEquals(
        ProviderPaymentStatus.CANCELLED,
        sandbox.state(providerId).status(),
        "the abandoned checkout is closed at the provider");
  }

  private String providerPaymentId(ReservationView booked) {
    return paymentRecords.findById(booked.payment().id()).orElseThrow().providerPaymentId();
  }
}
