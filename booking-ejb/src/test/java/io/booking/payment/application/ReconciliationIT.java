package io.booking.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.catalog.domain.PaymentTerms;
import io.booking.payment.domain.AccountRef;
import io.booking.payment.domain.Finding;
import io.booking.payment.domain.PaymentProvider;
import io.booking.payment.domain.PaymentProvider.EventType;
import io.booking.payment.domain.PaymentProvider.ProviderEvent;
import io.booking.payment.domain.PaymentProvider.TransactionKind;
import io.booking.payment.domain.ReconciliationRun;
import io.booking.payment.infrastructure.sandbox.SandboxCheckout;
import io.booking.payment.infrastructure.sandbox.SandboxDelivery;
import io.booking.payment.infrastructure.sandbox.TestCard;
import io.booking.reservation.application.BookingCommand;
import io.booking.reservation.application.PaymentSummary;
import io.booking.reservation.application.ReservationService;
import io.booking.reservation.application.ReservationView;
import io.booking.reservation.domain.BookingSource;
import io.booking.reservation.domain.Channel;
import io.booking.shared.domain.ForbiddenException;
import io.booking.shared.domain.Money;
import io.booking.testing.AtOnce;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ledger against the sandbox provider's records: a booking paid at the sandbox and refunded in
 * part reconciles with nothing to report, and each kind of disagreement, planted by SQL on one
 * side, is listed. Each test reconciles the window of its own run only (the database is shared).
 */
@ExtendWith(ArquillianExtension.class)
class ReconciliationIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("reconciliation-it");
  }

  @EJB Reconciliation reconciliation;

  @EJB ReconciliationRecorder recorder;

  @EJB ReservationService reservations;

  @EJB PaymentNotifications notifications;

  @EJB SandboxCheckout checkout;

  @EJB SandboxDelivery sandbox;

  @EJB ReconciliationWorld records;

  @EJB LedgerWorld ledgerWorld;

  @EJB TestWorld world;

  @Inject PaymentProvider provider;

  @Resource UserTransaction tx;

  /** A booking for two of a prepaid offering (20.00 EUR) that refunds 30 % when cancelled late. */
  private ReservationView booked() {
    long offering = world.offering(SHANGHAI, 20, 4, Duration.ofHours(48));
    world.payOnline(offering, PaymentTerms.prepaid(30));
    long slot = world.slot(offering, Instant.now().plus(Duration.ofHours(24)));
    return reservations
        .bookOnce(
            new BookingCommand(world.customer(), slot, 2, BookingSource.direct(Channel.API)), null)
        .reservation();
  }

  /** The customer pays at the sandbox's checkout, and its notification is applied. */
  private void paidAtTheSandbox(PaymentSummary payment) {
    String query = URI.create(payment.checkoutUrl()).getQuery();
    assertEquals(
        SandboxCheckout.Outcome.PAID,
        checkout.pay(query.substring("token=".length()), TestCard.SUCCEEDS.number()).outcome());
    notified(EventType.PAYMENT_SUCCEEDED, payment, null);
  }

  private void notified(EventType type, PaymentSummary payment, String providerRefundId) {
    assertTrue(
        notifications.apply(
            new ProviderEvent(
                "evt_" + UUID.randomUUID(),
                type,
                records.providerPaymentIdOf(payment.id()),
                String.valueOf(payment.id()),
                providerRefundId,
                payment.amount(),
                Instant.now())));
  }

  /** Cancelled late: 30 % (6.00) goes back; returns the sandbox's refund once it completed. */
  private String cancelledLateAndRefunded(ReservationView booked) throws InterruptedException {
    Instant cancelledAt = Instant.now().minusSeconds(1);
    reservations.cancel(world.ownerOfReservation(booked.id()), booked.id());
    String providerPaymentId = records.providerPaymentIdOf(booked.payment().id());
    Instant deadline = Instant.now().plus(WAIT);
    while (provider.transactions(cancelledAt, Instant.now().plusSeconds(1)).stream()
        .noneMatch(
            line ->
                line.kind() == TransactionKind.REFUND
                    && line.providerPaymentId().equals(providerPaymentId))) {
      assertTrue(Instant.now().isBefore(deadline), "the sandbox completes the refund");
      Thread.sleep(250);
      sandbox.completeDue();
    }
    String refundId = records.providerRefundIdOf(booked.payment().id());
    assertNotNull(refundId, "the refund was sent");
    return refundId;
  }

  private static Instant started() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(1);
  }

  /**
   * Now, a second after the last record: times may be stored in whole seconds (Connector/J sends no
   * fraction to MariaDB), and a window's end is then one too.
   */
  private static Instant settled() throws InterruptedException {
    Thread.sleep(1_100);
    return Instant.now();
  }

  private static boolean listed(ReconciliationView run, String kind, String reference) {
    return run.mismatches().stream()
        .anyMatch(m -> m.kind().equals(kind) && m.reference().equals(reference));
  }

  @Test
  void aBookingPaidAndRefundedInPartReconcilesWithNothingToReport() throws Exception {
    long admin = world.admin();
    Instant from = started();
    ReservationView booked = booked();
    paidAtTheSandbox(booked.payment());
    String refund = cancelledLateAndRefunded(booked);
    notified(EventType.REFUND_SUCCEEDED, booked.payment(), refund);

    ReconciliationView run = reconciliation.reconcile(admin, from, settled());

    assertEquals(List.of(), run.mismatches());
    assertEquals(0, run.mismatchCount());
    assertEquals(2, run.matched(), "the charge of 20.00 and the refund of 6.00");
    assertEquals(ReconciliationRun.CLEAN, run.status());
    ReconciliationView last = reconciliation.last(admin).orElseThrow();
    assertEquals(run.id(), last.id());
    assertEquals(2, last.matched());
    assertThrows(ForbiddenException.class, () -> reconciliation.last(world.customer()));
    assertThrows(
        ForbiddenException.class,
        () -> reconciliation.reconcile(world.customer(), from, Instant.now()));
  }

  @Test
  void aChargeOnlyTheProviderHasAPaymentOnlyThePlatformHasAndARefundThatDiffersAreListed()
      throws Exception {
    long admin = world.admin();
    Instant from = started();
    // The provider refunded 5.00 where the platform asked for (and the ledger gave back) 6.00.
    ReservationView refundedLess = booked();
    paidAtTheSandbox(refundedLess.payment());
    String refund = cancelledLateAndRefunded(refundedLess);
    records.sandboxRefundAmount(refund, 500);
    notified(EventType.REFUND_SUCCEEDED, refundedLess.payment(), refund);
    // Money the provider took for nothing the platform knows.
    String ghost = records.sandboxChargeWithoutPayment(1234, "EUR");
    // A payment the platform took as paid, never charged at the provider.
    ReservationView unpaid = booked();
    notified(EventType.PAYMENT_SUCCEEDED, unpaid.payment(), null);

    ReconciliationView run = reconciliation.reconcile(admin, from, settled());

    assertTrue(listed(run, Finding.MISSING_IN_LEDGER, ghost), run.mismatches()::toString);
    assertTrue(
        listed(run, Finding.MISSING_AT_PROVIDER, "payment " + unpaid.payment().id()),
        run.mismatches()::toString);
    assertTrue(listed(run, Finding.AMOUNT_DIFFERS, refund), run.mismatches()::toString);
    assertTrue(
        listed(run, Finding.AMOUNT_DIFFERS, "payment " + refundedLess.payment().id()),
        run.mismatches()::toString);
    Finding differs =
        run.mismatches().stream().filter(m -> m.reference().equals(refund)).findFirst().get();
    assertEquals(Money.ofMinor(500, "EUR"), differs.providerAmount());
    assertEquals(Money.ofMinor(600, "EUR"), differs.platformAmount());
    assertEquals(4, run.mismatchCount(), run.mismatches()::toString);
    assertEquals(1, run.matched(), "the charge of the booking refunded in part");
    assertEquals(ReconciliationRun.MISMATCHED, run.status());
    assertEquals(4, reconciliation.last(admin).orElseThrow().mismatches().size());
  }

  @Test
  void aBrokenLedgerInvariantIsListed() throws Exception {
    long admin = world.admin();
    long merchant = ledgerWorld.merchant();
    String clearingProvider = LedgerWorld.provider();
    long clearingEur = ledgerWorld.accountId(AccountRef.providerClearing(clearingProvider, "EUR"));
    long escrowCny = ledgerWorld.accountId(AccountRef.escrow(merchant, "CNY"));
    Instant to = Instant.now();
    Instant from = to.minus(Duration.ofMinutes(1));

    tx.begin();
    try {
      ledgerWorld.plant("POSTED", clearingEur, escrowCny, 70, "EUR", LedgerWorld.subject(), null);
      ReconciliationView run =
          recorder.record(
              ReconciliationRun.onDemand(admin, provider.name(), from, to, Instant.now()),
              provider.transactions(from, Instant.now()));

      assertTrue(
          listed(run, Finding.LEDGER_INVARIANT, "account-currency"), run.mismatches()::toString);
      assertTrue(listed(run, Finding.LEDGER_INVARIANT, "currency-sum"), run.mismatches()::toString);
    } finally {
      tx.rollback();
    }
  }

  @Test
  void theDailyRunIsScheduled() throws Exception {
    jakarta.ejb.Schedule schedule =
        ReconciliationTimer.class
            .getMethod("reconcileDaily")
            .getAnnotation(jakarta.ejb.Schedule.class);
    assertTrue(
        world.timerSchedules().contains(TestWorld.scheduleOf(schedule)),
        "the container schedules ReconciliationTimer.reconcileDaily: " + world.timerSchedules());
  }

  @Test
  void twoDailyRunsOfOneDayAtOnceRecordOne() throws Exception {
    LocalDate day =
        LocalDate.of(1900, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 60_000));

    AtOnce.Race<Boolean> race =
        AtOnce.run(2, 2, Duration.ofMinutes(2), i -> () -> reconciliation.daily(day).isPresent());

    assertEquals(1, race.results().stream().filter(ran -> ran).count(), race.results()::toString);
    assertEquals(1, records.runsOnDay(day));
    assertTrue(reconciliation.daily(day).isEmpty(), "the day was run");
  }
}
