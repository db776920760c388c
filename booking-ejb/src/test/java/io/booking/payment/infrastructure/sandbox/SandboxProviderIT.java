package io.booking.payment.infrastructure.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.payment.domain.InvalidNotificationException;
import io.booking.payment.domain.PaymentProvider;
import io.booking.payment.domain.PaymentProvider.EventType;
import io.booking.payment.domain.PaymentProvider.PaymentOrder;
import io.booking.payment.domain.PaymentProvider.ProviderEvent;
import io.booking.payment.domain.PaymentProvider.ProviderPaymentStatus;
import io.booking.payment.domain.PaymentProvider.ProviderTransaction;
import io.booking.payment.domain.PaymentProvider.StartedPayment;
import io.booking.payment.domain.PaymentProvider.TransactionKind;
import io.booking.payment.infrastructure.sandbox.NotificationReceiver.Request;
import io.booking.payment.infrastructure.sandbox.SandboxCheckout.Outcome;
import io.booking.payment.infrastructure.sandbox.SandboxCheckout.PayResult;
import io.booking.shared.domain.BusinessConflictException;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.Money;
import io.booking.shared.domain.UnknownObjectException;
import io.booking.testing.AtOnce;
import io.booking.testing.Deployments;
import io.booking.testing.TestWorld;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sandbox provider as the platform meets it: through the configured {@link PaymentProvider},
 * its checkout service (what the page calls) and a receiver of its notifications (a JDK HTTP server
 * on a free port) that checks each one with {@link PaymentProvider#verify}. Notifications are
 * delivered by the container's own timer unless a test says otherwise.
 */
@ExtendWith(ArquillianExtension.class)
class SandboxProviderIT {

  private static final Duration WAIT = Duration.ofSeconds(40);

  @Deployment
  static WebArchive deployment() {
    return Deployments.bookingCore("sandbox-provider-it");
  }

  @Inject PaymentProvider provider;

  @Inject SandboxSettings settings;

  @EJB SandboxCheckout checkout;

  @EJB SandboxDelivery delivery;

  @EJB SandboxOutbox outbox;

  @EJB SandboxTestRecords testRecords;

  @EJB TestWorld world;

  private static PaymentOrder order(long minor, NotificationReceiver receiver) {
    return order(minor, receiver.url());
  }

  private static PaymentOrder order(long minor, URI notificationUrl) {
    String reference = "pay-" + UUID.randomUUID();
    return new PaymentOrder(
        reference,
        Money.ofMinor(minor, "EUR"),
        "Jade Garden · table for 2",
        URI.create("http://platform.test:8080/account/payment.xhtml?ref=" + reference),
        notificationUrl);
  }

  private static String token(StartedPayment started) {
    String query = started.checkoutUrl().getQuery();
    assertTrue(query.startsWith("token="), query);
    return query.substring("token=".length());
  }

  private List<ProviderEvent> verified(List<Request> requests) {
    return requests.stream().map(r -> provider.verify(r.body(), r.headers())).toList();
  }

  private StartedPayment paid(PaymentOrder order) {
    StartedPayment started = provider.start(order);
    assertEquals(Outcome.PAID, checkout.pay(token(started), TestCard.SUCCEEDS.number()).outcome());
    return started;
  }

  @Test
  void theConfiguredProviderIsTheSandboxAndItsTimerIsScheduled() throws Exception {
    assertEquals("sandbox", provider.name());
    Schedule schedule = SandboxTimer.class.getMethod("run").getAnnotation(Schedule.class);
    assertTrue(
        world.timerSchedules().contains(TestWorld.scheduleOf(schedule)),
        "the container schedules SandboxTimer.run: " + world.timerSchedules());
  }

  @Test
  void aPaidCheckoutIsNotifiedSignedAndRetriedUntilTheReceiverAnswers2xx() throws Exception {
    try (NotificationReceiver receiver =
        new NotificationReceiver(n -> n == 0 ? 500 : 200, Duration.ZERO)) {
      PaymentOrder order = order(4950, receiver);
      StartedPayment started = provider.start(order);

      assertTrue(started.providerPaymentId().startsWith("sbx_pay_"), started.providerPaymentId());
      assertEquals("http", started.checkoutUrl().getScheme());
      assertEquals("platform.test:8080", started.checkoutUrl().getAuthority());
      assertEquals("/sandbox/checkout", started.checkoutUrl().getPath());
      assertEquals(started, provider.start(order), "the same reference opens one payment");
      SandboxCheckout.View page = checkout.checkout(token(started)).orElseThrow();
      assertEquals(Money.ofMinor(4950, "EUR"), page.amount());
      assertEquals("Jade Garden · table for 2", page.description());
      assertEquals(ProviderPaymentStatus.PENDING, page.status());

      PayResult result = checkout.pay(token(started), "4242 4242 4242 4242");

      assertEquals(Outcome.PAID, result.outcome());
      assertEquals(order.returnUrl().toString(), result.payment().returnUrl());
      List<Request> requests = receiver.await(2, WAIT);
      assertEquals(2, requests.size(), "a 500, then the retry answered 200");
      List<ProviderEvent> events = verified(requests);
      for (ProviderEvent e : events) {
        assertEquals(EventType.PAYMENT_SUCCEEDED, e.type());
        assertEquals(started.providerPaymentId(), e.providerPaymentId());
        assertEquals(order.reference(), e.reference());
        assertEquals(order.amount(), e.amount());
        assertNull(e.providerRefundId());
      }
      assertEquals(events.get(0), events.get(1), "the retry is the same event");
      assertEquals(requests.get(0).body(), requests.get(1).body());
      assertEquals("application/json", requests.get(0).headers().get("content-type"));
      assertTrue(
          Duration.between(requests.get(0).arrived(), requests.get(1).arrived()).toMillis() >= 900,
          "the retry waits its backoff (1 s)");
      Thread.sleep(3000);
      assertEquals(2, receiver.requests().size(), "nothing after the 200");
      SandboxNotification row = outbox.about(started.providerPaymentId()).get(0);
      assertEquals(2, row.attempts());
      assertNotNull(row.deliveredAt());
      assertNull(row.nextAttemptAt());
      assertEquals(ProviderPaymentStatus.SUCCEEDED, provider.state(row.subjectId()).status());
      assertEquals(
          Outcome.ALREADY_PAID, checkout.pay(token(started), "4242424242424242").outcome());
    }
  }

  @Test
  void aDeclinedCardFailsThePaymentOnceAndSaysSo() throws Exception {
    try (NotificationReceiver receiver = NotificationReceiver.answering(204)) {
      StartedPayment started = provider.start(order(1200, receiver));

      PayResult result = checkout.pay(token(started), "4000-0000-0000-0002");

      assertEquals(Outcome.DECLINED, result.outcome());
      assertEquals(ProviderPaymentStatus.FAILED, result.payment().status());
      assertEquals(
          ProviderPaymentStatus.FAILED, provider.state(started.providerPaymentId()).status());
      assertEquals(Outcome.CLOSED, checkout.pay(token(started), "4242424242424242").outcome());
      ProviderEvent failed = verified(receiver.await(1, WAIT)).get(0);
      assertEquals(EventType.PAYMENT_FAILED, failed.type());
      assertEquals(started.providerPaymentId(), failed.providerPaymentId());
      Thread.sleep(3000);
      assertEquals(1, receiver.requests().size());
    }
  }

  @Test
  void card0259IsNotifiedTwiceUnderOneEventIdThenAStalePendingLast() throws Exception {
    try (NotificationReceiver receiver = NotificationReceiver.answering(200)) {
      StartedPayment started = provider.start(order(8800, receiver));

      assertEquals(Outcome.PAID, checkout.pay(token(started), "4000000000000259").outcome());

      List<ProviderEvent> events = verified(receiver.await(3, WAIT));
      assertEquals(
          List.of(
              EventType.PAYMENT_SUCCEEDED, EventType.PAYMENT_SUCCEEDED, EventType.PAYMENT_PENDING),
          events.stream().map(ProviderEvent::type).toList());
      assertEquals(events.get(0).eventId(), events.get(1).eventId());
      assertNotEquals(events.get(0).eventId(), events.get(2).eventId());
      assertTrue(
          events.get(2).occurredAt().isBefore(events.get(0).occurredAt()),
          "the pending event happened before the success it arrives after");
      assertEquals(
          ProviderPaymentStatus.SUCCEEDED, provider.state(started.providerPaymentId()).status());
      Thread.sleep(3000);
      assertEquals(3, receiver.requests().size());
    }
  }

  @Test
  void anUnknownCardChangesNothing() throws Exception {
    try (NotificationReceiver receiver = NotificationReceiver.answering(200)) {
      StartedPayment started = provider.start(order(500, receiver));

      for (String card : new String[] {"4111 1111 1111 1111", "", "not a card", null}) {
        assertEquals(Outcome.UNKNOWN_CARD, checkout.pay(token(started), card).outcome(), card);
      }

      assertEquals(
          ProviderPaymentStatus.PENDING, provider.state(started.providerPaymentId()).status());
      assertEquals(List.of(), outbox.about(started.providerPaymentId()));
      assertEquals(Outcome.NOT_FOUND, checkout.pay("no-such-token-at-all-here", "4242").outcome());
      assertTrue(checkout.checkout("no-such-token-at-all-here").isEmpty());
    }
  }

  @Test
  void refundsStopAtWhatWasPaidAndAKeyRefundsOnce() throws Exception {
    try (NotificationReceiver receiver = NotificationReceiver.answering(200)) {
      Instant from = Instant.now().minusSeconds(1);
      PaymentOrder order = order(10_000, receiver);
      String payment = paid(order).providerPaymentId();
      String keyA = "refund-" + UUID.randomUUID();

      String first = provider.refund(payment, eur(3000), keyA).providerRefundId();

      assertTrue(first.startsWith("sbx_ref_"), first);
      assertEquals(first, provider.refund(payment, eur(3000), keyA).providerRefundId());
      BusinessConflictException over =
          assertThrows(
              BusinessConflictException.class,
              () -> provider.refund(payment, eur(7001), "refund-" + UUID.randomUUID()));
      assertEquals("refund-exceeds-payment", over.reason());
      assertEquals(
          "refund-key-reused",
          assertThrows(
                  BusinessConflictException.class, () -> provider.refund(payment, eur(2000), keyA))
              .reason());
      assertThrows(
          InvalidInputException.class,
          () -> provider.refund(payment, Money.ofMinor(100, "CNY"), "refund-" + UUID.randomUUID()));
      String second =
          provider.refund(payment, eur(7000), "refund-" + UUID.randomUUID()).providerRefundId();
      assertEquals(
          "refund-exceeds-payment",
          assertThrows(
                  BusinessConflictException.class,
                  () -> provider.refund(payment, eur(1), "refund-" + UUID.randomUUID()))
              .reason());

      List<ProviderEvent> events = verified(receiver.await(3, WAIT));
      Map<String, ProviderEvent> refunds =
          events.stream()
              .filter(e -> e.type() == EventType.REFUND_SUCCEEDED)
              .collect(Collectors.toMap(ProviderEvent::providerRefundId, e -> e));
      assertEquals(Set.of(first, second), refunds.keySet());
      assertEquals(eur(3000), refunds.get(first).amount());
      assertEquals(order.reference(), refunds.get(first).reference());
      assertEquals(payment, refunds.get(first).providerPaymentId());
      PaymentProvider.ProviderPaymentState state = provider.state(payment);
      assertEquals(eur(10_000), state.amount());
      assertEquals(eur(10_000), state.refunded());

      List<ProviderTransaction> lines =
          provider.transactions(from, Instant.now().plusSeconds(1)).stream()
              .filter(t -> payment.equals(t.providerPaymentId()))
              .toList();
      assertEquals(
          List.of(TransactionKind.CHARGE, TransactionKind.REFUND, TransactionKind.REFUND),
          lines.stream().map(ProviderTransaction::kind).toList());
      assertEquals(eur(10_000), lines.get(0).amount());
      assertEquals(order.reference(), lines.get(1).reference());
    }
  }

  @Test
  void sixRefundsWithOneKeyAtOnceRefundOnce() throws Exception {
    try (NotificationReceiver receiver = NotificationReceiver.answering(200)) {
      String payment = paid(order(5000, receiver)).providerPaymentId();
      String key = "refund-" + UUID.randomUUID();

      List<String> ids =
          AtOnce.run(
                  6,
                  6,
                  Duration.ofSeconds(60),
                  i -> () -> provider.refund(payment, eur(2500), key).providerRefundId())
              .results();

      assertEquals(1, ids.stream().distinct().count(), ids.toString());
      receiver.await(2, WAIT);
      assertEquals(eur(2500), provider.state(payment).refunded());
    }
  }

  @Test
  void sixStartsOfOneOrderAtOnceOpenOnePaymentAndSixPayoutsOfOneKeyPayOnce() throws Exception {
    try (NotificationReceiver receiver = NotificationReceiver.answering(200)) {
      PaymentOrder order = order(2500, receiver);
      String key = "payout-" + UUID.randomUUID();

      List<StartedPayment> started =
          AtOnce.run(6, 6, Duration.ofSeconds(60), i -> () -> provider.start(order)).results();
      List<String> payouts =
          AtOnce.run(
                  6,
                  6,
                  Duration.ofSeconds(60),
                  i -> () -> provider.payout("merchant-9", eur(900), key).providerPayoutId())
              .results();

      assertEquals(1, started.stream().distinct().count(), started.toString());
      assertEquals(1, payouts.stream().distinct().count(), payouts.toString());
      assertEquals(
          "reference-reused",
          assertThrows(
                  BusinessConflictException.class,
                  () ->
                      provider.start(
                          new PaymentOrder(
                              order.reference(),
                              eur(2600),
                              order.description(),
                              order.returnUrl(),
                              order.notificationUrl())))
              .reason());
      List<ProviderEvent> paid = verified(receiver.await(1, WAIT));
      assertEquals(EventType.PAYOUT_PAID, paid.get(0).type());
      Thread.sleep(3000);
      assertEquals(1, receiver.requests().size(), "one payout, one notification");
    }
  }

  @Test
  void aRefundOfAPaymentNotPaidIsRefused() throws Exception {
    try (NotificationReceiver receiver = NotificationReceiver.answering(200)) {
      String pending = provider.start(order(5000, receiver)).providerPaymentId();

      assertEquals(
          "payment-not-succeeded",
          assertThrows(
                  BusinessConflictException.class,
                  () -> provider.refund(pending, eur(100), "refund-" + UUID.randomUUID()))
              .reason());
      assertThrows(
          UnknownObjectException.class,
          () -> provider.refund("sbx_pay_nope", eur(100), "refund-" + UUID.randomUUID()));
    }
  }

  @Test
  void aPendingPaymentIsCancelledAndASucceededOneIsNot() throws Exception {
    try (NotificationReceiver receiver = NotificationReceiver.answering(200)) {
      StartedPayment pending = provider.start(order(700, receiver));

      assertTrue(provider.cancel(pending.providerPaymentId()));

      assertEquals(
          ProviderPaymentStatus.CANCELLED, provider.state(pending.providerPaymentId()).status());
      assertTrue(provider.cancel(pending.providerPaymentId()), "cancelling twice is no error");
      assertEquals(Outcome.CLOSED, checkout.pay(token(pending), "4242424242424242").outcome());
      assertEquals(
          ProviderPaymentStatus.CANCELLED,
          checkout.checkout(token(pending)).orElseThrow().status());

      String succeeded = paid(order(700, receiver)).providerPaymentId();
      assertFalse(provider.cancel(succeeded));
      assertEquals(ProviderPaymentStatus.SUCCEEDED, provider.state(succeeded).status());
      assertThrows(UnknownObjectException.class, () -> provider.cancel("sbx_pay_nope"));
    }
  }

  @Test
  void aPayoutIsPaidAMomentLaterOncePerKey() throws Exception {
    try (NotificationReceiver receiver = NotificationReceiver.answering(200)) {
      Instant from = Instant.now().minusSeconds(1);
      // A payout goes to the account's endpoint, the one the platform's payments name: this one.
      provider.start(order(100, receiver));
      String key = "payout-" + UUID.randomUUID();

      String payout = provider.payout("merchant-7", eur(12_345), key).providerPayoutId();

      assertTrue(payout.startsWith("sbx_po_"), payout);
      assertEquals(payout, provider.payout("merchant-7", eur(12_345), key).providerPayoutId());
      assertEquals(
          "payout-key-reused",
          assertThrows(
                  BusinessConflictException.class, () -> provider.payout("merchant-7", eur(1), key))
              .reason());
      ProviderEvent paid = verified(receiver.await(1, WAIT)).get(0);
      assertEquals(EventType.PAYOUT_PAID, paid.type());
      assertEquals(payout, paid.providerPaymentId());
      assertEquals(key, paid.reference());
      assertEquals(eur(12_345), paid.amount());
      List<ProviderTransaction> lines =
          provider.transactions(from, Instant.now().plusSeconds(1)).stream()
              .filter(t -> t.providerTransactionId().equals(payout))
              .toList();
      assertEquals(1, lines.size());
      assertEquals(TransactionKind.PAYOUT, lines.get(0).kind());
      assertEquals(key, lines.get(0).reference());
    }
  }

  @Test
  void verifyRefusesAWrongSignatureAMissingHeaderAndStaleOrFutureTimes() {
    ProviderEvent event =
        new ProviderEvent(
            "sbx_evt_test",
            EventType.PAYMENT_SUCCEEDED,
            "sbx_pay_test",
            "pay-1",
            null,
            eur(4950),
            Instant.now().truncatedTo(ChronoUnit.MICROS));
    String body = EventBodies.write(event);
    byte[] key = settings.key();
    Instant now = Instant.now();

    assertEquals(event, provider.verify(body, signed(key, now, body)));
    assertEquals(event, provider.verify(body, signed(key, now.minusSeconds(240), body)));
    assertThrows(
        InvalidNotificationException.class,
        () -> provider.verify(body.replace("4950", "9950"), signed(key, now, body)));
    assertThrows(InvalidNotificationException.class, () -> provider.verify(body, Map.of()));
    assertThrows(
        InvalidNotificationException.class,
        () -> provider.verify(body, signed(key, now.minusSeconds(301), body)));
    assertThrows(
        InvalidNotificationException.class,
        () -> provider.verify(body, signed(key, now.plusSeconds(301), body)));
    assertThrows(
        InvalidNotificationException.class,
        () -> provider.verify(body, signed(new byte[32], now, body)));
    assertThrows(
        InvalidNotificationException.class,
        () -> provider.verify(body, Map.of("sandbox-signature", "v1=abc")));
    assertThrows(
        InvalidNotificationException.class,
        () -> provider.verify("{\"eventId\":1}", signed(key, now, "{\"eventId\":1}")));
  }

  @Test
  void twoDeliveryRunsAtOnceSendEachClaimedAttemptOnce() throws Exception {
    int payments = 8;
    try (NotificationReceiver receiver =
        new NotificationReceiver(n -> 200, Duration.ofMillis(300))) {
      for (int i = 0; i < payments; i++) {
        paid(order(100 + i, receiver));
      }

      // The container's timer races these two as well.
      AtOnce.run(2, 2, Duration.ofSeconds(60), i -> () -> delivery.deliverDue());

      List<Request> requests = receiver.await(payments, WAIT);
      Thread.sleep(3000);
      requests = receiver.requests();
      Map<String, Integer> perEvent = new HashMap<>();
      for (ProviderEvent e : verified(requests)) {
        perEvent.merge(e.eventId(), 1, Integer::sum);
      }
      assertEquals(payments, perEvent.size());
      assertEquals(payments, requests.size(), "each event once: " + perEvent);
    }
  }

  @Test
  void eightClaimsOfOneAttemptAtOnceLetOneSendIt() throws Exception {
    // Due an hour from now, so that the container's timer leaves it to the racers, who claim as if
    // it were then.
    Instant then = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MICROS);
    String subject = "sbx_pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    testRecords.queue(
        new ProviderEvent(
            "sbx_evt_" + UUID.randomUUID().toString().substring(0, 8),
            EventType.PAYMENT_SUCCEEDED,
            subject,
            "pay-raced",
            null,
            eur(100),
            then),
        subject,
        "http://127.0.0.1:9/nobody-listens",
        Instant.now(),
        then);
    String id = outbox.about(subject).get(0).id();

    List<Boolean> won =
        AtOnce.run(8, 8, Duration.ofSeconds(60), i -> () -> outbox.claim(id, 0, then)).results();

    assertEquals(1, won.stream().filter(w -> w).count(), won.toString());
    assertEquals(1, outbox.about(subject).get(0).attempts());
    assertFalse(outbox.claim(id, 0, then), "the attempt read before the claim is gone");
  }

  @Test
  void aNotificationNobodyTakesIsGivenUpADayAfterItWasQueued() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    String subject = "sbx_pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    ProviderEvent event =
        new ProviderEvent(
            "sbx_evt_" + UUID.randomUUID().toString().substring(0, 8),
            EventType.PAYMENT_SUCCEEDED,
            subject,
            "pay-old",
            null,
            eur(100),
            now.minus(Duration.ofHours(25)));
    testRecords.queue(
        event,
        subject,
        "http://127.0.0.1:9/nobody-listens",
        now.minus(Duration.ofHours(25)),
        now.minusSeconds(5));

    Instant deadline = Instant.now().plus(WAIT);
    SandboxNotification row = outbox.about(subject).get(0);
    while (row.givenUpAt() == null && Instant.now().isBefore(deadline)) {
      delivery.deliverDue();
      row = outbox.about(subject).get(0);
    }

    assertNotNull(row.givenUpAt(), "given up");
    assertNull(row.nextAttemptAt());
    assertNull(row.deliveredAt());
    assertEquals(1, row.attempts());
  }

  private static Map<String, String> signed(byte[] key, Instant at, String body) {
    return Map.of("sandbox-signature", NotificationSignature.header(key, at, body));
  }

  private static Money eur(long minor) {
    return Money.ofMinor(minor, "EUR");
  }
}
