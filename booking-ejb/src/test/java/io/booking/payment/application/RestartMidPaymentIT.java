package io.booking.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.catalog.domain.PaymentTerms;
import io.booking.payment.domain.PaymentProvider.EventType;
import io.booking.payment.domain.PaymentProvider.ProviderEvent;
import io.booking.payment.infrastructure.sandbox.SandboxCheckout;
import io.booking.payment.infrastructure.sandbox.SandboxOutage;
import io.booking.payment.infrastructure.sandbox.TestCard;
import io.booking.reservation.application.BookingCommand;
import io.booking.reservation.application.PaymentSummary;
import io.booking.reservation.application.ReservationService;
import io.booking.reservation.application.ReservationView;
import io.booking.reservation.application.StaffDesk;
import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.Channel;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the platform owes the provider survives a server that stops mid-way. A refund or a payout is
 * a row; the server may stop before sending it (the provider was down, or the process died after
 * the commit) or after the provider took it but before the row says so (the sender's lease then
 * runs out). The rows are written here as such a server leaves them, and the first sweep after the
 * restart ({@code sendDue}, what every instance's timer calls) sends each once: the provider holds
 * one refund and one payout, whatever was sent before.
 */
@ExtendWith(ArquillianExtension.class)
class RestartMidPaymentIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("restart-mid-payment-it");
  }

  @EJB ReservationService reservations;

  @EJB PaymentNotifications notifications;

  @EJB Refunds refunds;

  @EJB Payouts payouts;

  @EJB Settlements settlements;

  @EJB StaffDesk desk;

  @EJB Ledger ledger;

  @Inject SandboxOutage outage;

  @EJB SandboxCheckout checkout;

  @EJB TestWorld world;

  @AfterEach
  void providerBack() {
    outage.end();
  }

  private ReservationView paid(long offering, Instant start) {
    long slot = world.slot(offering, start);
    ReservationView booked =
        reservations
            .bookOnce(
                new BookingCommand(world.customer(), slot, 2, BookingSource.direct(Channel.API)),
                null)
            .reservation();
    // Paid at the sandbox's checkout (the sandbox refunds only what it was paid), and notified.
    String query = URI.create(booked.payment().checkoutUrl()).getQuery();
    assertEquals(
        SandboxCheckout.Outcome.PAID,
        checkout.pay(query.substring("token=".length()), TestCard.SUCCEEDS.number()).outcome());
    assertTrue(notifications.apply(event(EventType.PAYMENT_SUCCEEDED, booked.payment())));
    return booked;
  }

  private static ProviderEvent event(EventType type, PaymentSummary payment) {
    return new ProviderEvent(
        "evt_" + UUID.randomUUID(),
        type,
        null,
        String.valueOf(payment.id()),
        null,
        payment.amount(),
        Instant.now());
  }

  /** A lease that ran out a minute ago: the sender that held it is gone. */
  private static LocalDateTime leaseRanOut() {
    return LocalDateTime.ofInstant(Instant.now().minusSeconds(60), ZoneOffset.UTC);
  }

  private long count(String sql, Object parameter) {
    return Long.parseLong(world.queryText(sql, parameter));
  }

  private void assertSent(long paymentId) {
    assertTrue(
        java.util.Set.of("SENT", "SUCCEEDED")
            .contains(
                world.queryText(
                    "SELECT status FROM payment_refund WHERE payment_id = ?", paymentId)),
        () ->
            "sent by the first sweep after the restart, not "
                + world.queryText(
                    "SELECT status FROM payment_refund WHERE payment_id = ?", paymentId));
  }

  @Test
  void aRefundLeftUnsentOrHalfSentIsSentOnceByTheFirstSweepAfterTheRestart() {
    long offering = world.offering(ZoneId.of("Asia/Shanghai"), 10, 4, Duration.ofHours(2));
    world.payOnline(offering, PaymentTerms.prepaid(0));
    ReservationView booked = paid(offering, Instant.now().plus(Duration.ofDays(3)));
    long paymentId = booked.payment().id();

    // Cancelled in time while the provider is down: the refund is decided and committed, not sent.
    outage.begin();
    reservations.cancel(world.ownerOfReservation(booked.id()), booked.id());
    assertEquals(
        null,
        world.queryText(
            "SELECT provider_refund_id FROM payment_refund WHERE payment_id = ?", paymentId),
        "not sent");
    // The server stops while a sender holds it: the row says SENDING with a lease that ran out.
    world.update(
        "UPDATE payment_refund SET status = 'SENDING', next_attempt_at = ? WHERE payment_id = ?",
        leaseRanOut(),
        paymentId);
    outage.end();

    // The sweep after the restart (the timer of this very server may run one as well: either way
    // the refund is sent, once).
    refunds.sendDue(Instant.now());
    assertSent(paymentId);
    assertEquals(0, refunds.sendDue(Instant.now()), "nothing left to send");
    String providerRefund =
        world.queryText(
            "SELECT provider_refund_id FROM payment_refund WHERE payment_id = ?", paymentId);
    assertNotNull(providerRefund);

    // Again, stopped after the provider took it but before the row said so.
    world.update(
        "UPDATE payment_refund SET status = 'SENDING', provider_refund_id = NULL,"
            + " next_attempt_at = ? WHERE payment_id = ?",
        leaseRanOut(),
        paymentId);
    refunds.sendDue(Instant.now());
    assertSent(paymentId);
    assertEquals(
        providerRefund,
        world.queryText(
            "SELECT provider_refund_id FROM payment_refund WHERE payment_id = ?", paymentId),
        "the provider answers the refund it made under the same key");
    String providerPayment =
        world.queryText("SELECT provider_payment_id FROM payment WHERE id = ?", paymentId);
    assertEquals(
        1,
        count("SELECT COUNT(*) FROM sandbox_refund WHERE payment_id = ?", providerPayment),
        "one refund at the provider");
    LedgerCheck check = ledger.check();
    assertTrue(check.healthy(), check::toString);
  }

  @Test
  void aPayoutLeftHalfSentIsSentOnceByTheFirstSweepAfterTheRestart() {
    ZoneId zone = TestWorld.zoneWhereTodayLastsTwoMoreHours();
    long offering = world.offering(zone, 20, 4, Duration.ofHours(0));
    world.payOnline(offering, PaymentTerms.prepaid(0));
    long venue = world.venueOf(offering);
    ReservationView booked = paid(offering, Instant.now().plus(Duration.ofMinutes(90)));
    desk.checkIn(world.staffAt(venue), venue, booked.code());
    long merchant = world.merchantOfVenue(venue);

    settlements.settleDay(Settlements.businessDay(Instant.now()));
    long payoutId =
        Long.parseLong(
            world.queryText(
                "SELECT MAX(id) FROM payout WHERE merchant_id = ?", Long.valueOf(merchant)));
    String providerPayout =
        world.queryText("SELECT provider_payout_id FROM payout WHERE id = ?", payoutId);
    assertNotNull(providerPayout, "sent after the statement committed");

    // The server stopped after the provider took the payout, before the row said so.
    world.update(
        "UPDATE payout SET status = 'SENDING', provider_payout_id = NULL, next_attempt_at = ?"
            + " WHERE id = ?",
        leaseRanOut(),
        payoutId);

    payouts.sendDue(Instant.now());
    assertTrue(
        java.util.Set.of("SENT", "PAID")
            .contains(world.queryText("SELECT status FROM payout WHERE id = ?", payoutId)),
        "sent by the first sweep after the restart");
    assertEquals(
        providerPayout,
        world.queryText("SELECT provider_payout_id FROM payout WHERE id = ?", payoutId),
        "the provider answers the payout it made under the same key");
    String key = world.queryText("SELECT payout_key FROM payout WHERE id = ?", payoutId);
    assertEquals(
        1,
        count("SELECT COUNT(*) FROM sandbox_payout WHERE payout_key = ?", key),
        "one payout at the provider");
    LedgerCheck check = ledger.check();
    assertTrue(check.healthy(), check::toString);
  }
}
