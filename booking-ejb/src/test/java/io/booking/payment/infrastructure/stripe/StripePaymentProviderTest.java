package io.booking.payment.infrastructure.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.booking.payment.domain.PaymentProvider.EventType;
import io.booking.payment.domain.PaymentProvider.PaymentOrder;
import io.booking.payment.domain.PaymentProvider.ProviderEvent;
import io.booking.payment.domain.PaymentProvider.ProviderPaymentState;
import io.booking.payment.domain.PaymentProvider.ProviderPaymentStatus;
import io.booking.payment.domain.PaymentProvider.ProviderTransaction;
import io.booking.payment.domain.PaymentProvider.StartedPayment;
import io.booking.payment.domain.PaymentProvider.TransactionKind;
import io.booking.shared.domain.BusinessConflictException;
import io.booking.shared.domain.Money;
import io.booking.shared.domain.UnknownObjectException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Stripe adapter against a local stub of Stripe's HTTP API (WireMock), no container. */
class StripePaymentProviderTest {

  private static final String KEY = "sk_test_platform";
  private static final String WEBHOOK_SECRET = "whsec_test_0123456789abcdef";
  private static final Instant NOW = Instant.parse("2025-10-01T12:00:00Z");

  private WireMockServer stripe;
  private StripePaymentProvider provider;

  @BeforeEach
  void start() {
    stripe = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    stripe.start();
    provider =
        new StripePaymentProvider(
            KEY, WEBHOOK_SECRET, Optional.of(stripe.baseUrl()), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void stop() {
    stripe.stop();
  }

  // --- start, refund, cancel, state -------------------------------------------------------------

  @Test
  void startOpensACheckoutSessionForTheAmountUnderThePlatformsReference() {
    stripe.stubFor(
        post(urlEqualTo("/v1/checkout/sessions"))
            .willReturn(
                json(
                    200,
                    """
                    {"id": "cs_test_a1", "object": "checkout.session", "status": "open",
                     "payment_status": "unpaid", "amount_total": 4950, "currency": "eur",
                     "client_reference_id": "42",
                     "url": "https://checkout.stripe.com/c/pay/cs_test_a1"}
                    """)));

    StartedPayment started =
        provider.start(
            new PaymentOrder(
                "42",
                Money.ofMinor(4950, "EUR"),
                "Booking 7",
                URI.create("https://booking.example.com/account/payment.xhtml?reservation=7"),
                URI.create("https://booking.example.com/api/v1/payment-notifications/stripe")));

    assertEquals("cs_test_a1", started.providerPaymentId());
    assertEquals(URI.create("https://checkout.stripe.com/c/pay/cs_test_a1"), started.checkoutUrl());
    LoggedRequest request = only("POST", "/v1/checkout/sessions");
    assertEquals("Bearer " + KEY, request.getHeader("Authorization"));
    assertEquals("checkout:42", request.getHeader("Idempotency-Key"));
    Map<String, String> form = form(request.getBodyAsString());
    assertEquals("payment", form.get("mode"));
    assertEquals("42", form.get("client_reference_id"));
    assertEquals("42", form.get("metadata[reference]"));
    assertEquals("42", form.get("payment_intent_data[metadata][reference]"));
    assertEquals("eur", form.get("line_items[0][price_data][currency]"));
    assertEquals("4950", form.get("line_items[0][price_data][unit_amount]"));
    assertEquals("1", form.get("line_items[0][quantity]"));
    assertEquals("Booking 7", form.get("line_items[0][price_data][product_data][name]"));
    String back = "https://booking.example.com/account/payment.xhtml?reservation=7";
    assertEquals(back, form.get("success_url"));
    assertEquals(back, form.get("cancel_url"));
  }

  @Test
  void aZeroDecimalCurrencyGoesInItsOwnUnits() {
    stripe.stubFor(
        post(urlEqualTo("/v1/checkout/sessions"))
            .willReturn(
                json(
                    200,
                    """
                    {"id": "cs_test_y", "object": "checkout.session", "status": "open",
                     "url": "https://checkout.stripe.com/c/pay/cs_test_y"}
                    """)));
    provider.start(
        new PaymentOrder(
            "43",
            Money.ofMinor(1200, "JPY"),
            "Booking 8",
            URI.create("https://booking.example.com/account/payment.xhtml?reservation=8"),
            URI.create("https://booking.example.com/api/v1/payment-notifications/stripe")));
    Map<String, String> form = form(only("POST", "/v1/checkout/sessions").getBodyAsString());
    assertEquals("jpy", form.get("line_items[0][price_data][currency]"));
    assertEquals("1200", form.get("line_items[0][price_data][unit_amount]"));
  }

  @Test
  void aStripeThatAnswers503IsUnavailable() {
    stripe.stubFor(
        post(urlEqualTo("/v1/checkout/sessions"))
            .willReturn(
                json(
                    503,
                    """
                    {"error": {"type": "api_error", "message": "Service unavailable"}}
                    """)));
    StripeUnavailableException e =
        assertThrows(
            StripeUnavailableException.class,
            () ->
                provider.start(
                    new PaymentOrder(
                        "44",
                        Money.ofMinor(100, "EUR"),
                        "Booking 9",
                        URI.create("https://booking.example.com/account/payment.xhtml"),
                        URI.create("https://booking.example.com/n"))));
    assertTrue(e.getMessage().contains("Service unavailable"), e.getMessage());
    // The SDK tried again (with the same idempotency key) before giving up.
    List<LoggedRequest> tries =
        stripe.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions")));
    assertEquals(1 + StripePaymentProvider.NETWORK_RETRIES, tries.size());
    assertTrue(tries.stream().allMatch(r -> "checkout:44".equals(r.getHeader("Idempotency-Key"))));
  }

  @Test
  void aStripeThatCannotBeReachedIsUnavailable() {
    int port = stripe.port();
    stripe.stop();
    StripePaymentProvider nowhere =
        new StripePaymentProvider(
            KEY,
            WEBHOOK_SECRET,
            Optional.of("http://127.0.0.1:" + port),
            Clock.fixed(NOW, ZoneOffset.UTC));
    assertThrows(StripeUnavailableException.class, () -> nowhere.state("cs_test_a1"));
    stripe.start();
  }

  @Test
  void refundRefundsThePaymentIntentUnderTheRefundKey() {
    stripe.stubFor(
        get(urlPathEqualTo("/v1/checkout/sessions/cs_test_a1"))
            .willReturn(json(200, completeSession("paid", "\"pi_123\""))));
    stripe.stubFor(get(urlPathEqualTo("/v1/refunds")).willReturn(json(200, refunds(""))));
    stripe.stubFor(
        post(urlEqualTo("/v1/refunds"))
            .willReturn(
                json(
                    200,
                    """
                    {"id": "re_456", "object": "refund", "status": "pending", "amount": 1000,
                     "currency": "eur", "payment_intent": "pi_123"}
                    """)));

    var refund = provider.refund("cs_test_a1", Money.ofMinor(1000, "EUR"), "refund:42:CANCELLED");

    assertEquals("re_456", refund.providerRefundId());
    LoggedRequest request = only("POST", "/v1/refunds");
    assertEquals("refund:42:CANCELLED", request.getHeader("Idempotency-Key"));
    Map<String, String> form = form(request.getBodyAsString());
    assertEquals("pi_123", form.get("payment_intent"));
    assertEquals("1000", form.get("amount"));
    assertEquals("refund:42:CANCELLED", form.get("metadata[refund_key]"));
    assertEquals("42", form.get("metadata[reference]"));
  }

  @Test
  void aRefundMadeBeforeUnderTheSameKeyIsAnsweredWithoutASecond() {
    stripe.stubFor(
        get(urlPathEqualTo("/v1/checkout/sessions/cs_test_a1"))
            .willReturn(json(200, completeSession("paid", "\"pi_123\""))));
    stripe.stubFor(
        get(urlPathEqualTo("/v1/refunds"))
            .willReturn(
                json(
                    200,
                    refunds(
                        """
                        {"id": "re_other", "object": "refund", "amount": 500, "currency": "eur",
                         "status": "succeeded", "metadata": {"refund_key": "refund:42:LATE"}},
                        {"id": "re_456", "object": "refund", "amount": 1000, "currency": "eur",
                         "status": "succeeded",
                         "metadata": {"refund_key": "refund:42:CANCELLED"}}
                        """))));

    var refund = provider.refund("cs_test_a1", Money.ofMinor(1000, "EUR"), "refund:42:CANCELLED");

    assertEquals("re_456", refund.providerRefundId());
    assertEquals(0, stripe.findAll(postRequestedFor(urlEqualTo("/v1/refunds"))).size());
    stripe.verify(
        getRequestedFor(urlPathEqualTo("/v1/refunds"))
            .withQueryParam("payment_intent", equalTo("pi_123")));
  }

  private static String refunds(String data) {
    return "{\"object\": \"list\", \"url\": \"/v1/refunds\", \"has_more\": false, \"data\": ["
        + data
        + "]}";
  }

  @Test
  void aRefundOfAnUnpaidSessionOrAnUnknownOneIsRefusedWithoutARefund() {
    stripe.stubFor(
        get(urlPathEqualTo("/v1/checkout/sessions/cs_test_a1"))
            .willReturn(json(200, completeSession("unpaid", "\"pi_123\""))));
    stripe.stubFor(
        get(urlPathEqualTo("/v1/checkout/sessions/cs_nope"))
            .willReturn(
                json(
                    404,
                    """
                    {"error": {"type": "invalid_request_error", "code": "resource_missing",
                     "message": "No such checkout.session: 'cs_nope'"}}
                    """)));
    BusinessConflictException e =
        assertThrows(
            BusinessConflictException.class,
            () -> provider.refund("cs_test_a1", Money.ofMinor(1000, "EUR"), "k1"));
    assertEquals("payment-not-succeeded", e.reason());
    assertThrows(
        UnknownObjectException.class,
        () -> provider.refund("cs_nope", Money.ofMinor(1000, "EUR"), "k2"));
    assertEquals(0, stripe.findAll(postRequestedFor(urlEqualTo("/v1/refunds"))).size());
  }

  @Test
  void aRefundStripeRefusesForItsAmountExceedsThePayment() {
    stripe.stubFor(
        get(urlPathEqualTo("/v1/checkout/sessions/cs_test_a1"))
            .willReturn(json(200, completeSession("paid", "\"pi_123\""))));
    stripe.stubFor(get(urlPathEqualTo("/v1/refunds")).willReturn(json(200, refunds(""))));
    stripe.stubFor(
        post(urlEqualTo("/v1/refunds"))
            .willReturn(
                json(
                    400,
                    """
                    {"error": {"type": "invalid_request_error", "code": "amount_too_large",
                     "message": "Refund amount is greater than unrefunded amount on charge"}}
                    """)));
    BusinessConflictException e =
        assertThrows(
            BusinessConflictException.class,
            () -> provider.refund("cs_test_a1", Money.ofMinor(99_999, "EUR"), "k3"));
    assertEquals("refund-exceeds-payment", e.reason());
  }

  @Test
  void cancelExpiresTheSession() {
    stripe.stubFor(
        post(urlEqualTo("/v1/checkout/sessions/cs_test_a1/expire"))
            .willReturn(
                json(
                    200,
                    """
                    {"id": "cs_test_a1", "object": "checkout.session", "status": "expired",
                     "payment_status": "unpaid"}
                    """)));
    assertTrue(provider.cancel("cs_test_a1"));
    assertEquals(
        "Bearer " + KEY,
        only("POST", "/v1/checkout/sessions/cs_test_a1/expire").getHeader("Authorization"));
  }

  @Test
  void cancelOfASessionThatWasPaidMeanwhileIsFalse() {
    stripe.stubFor(
        post(urlEqualTo("/v1/checkout/sessions/cs_test_a1/expire"))
            .willReturn(
                json(
                    400,
                    """
                    {"error": {"type": "invalid_request_error",
                     "message": "Only Checkout Sessions with a status of open can be expired."}}
                    """)));
    stripe.stubFor(
        get(urlPathEqualTo("/v1/checkout/sessions/cs_test_a1"))
            .willReturn(json(200, completeSession("paid", "\"pi_123\""))));
    assertFalse(provider.cancel("cs_test_a1"));
  }

  @Test
  void stateReadsTheSessionWithItsPaymentAndRefunds() {
    stripe.stubFor(
        get(urlPathEqualTo("/v1/checkout/sessions/cs_test_a1"))
            .willReturn(
                json(
                    200,
                    completeSession(
                        "paid",
                        """
                        {"id": "pi_123", "object": "payment_intent", "status": "succeeded",
                         "amount": 4950, "currency": "eur",
                         "latest_charge": {"id": "ch_1", "object": "charge",
                           "amount": 4950, "amount_refunded": 1000, "currency": "eur"}}
                        """))));

    ProviderPaymentState state = provider.state("cs_test_a1");

    assertEquals(ProviderPaymentStatus.SUCCEEDED, state.status());
    assertEquals(Money.ofMinor(4950, "EUR"), state.amount());
    assertEquals(Money.ofMinor(1000, "EUR"), state.refunded());
    stripe.verify(
        getRequestedFor(urlPathEqualTo("/v1/checkout/sessions/cs_test_a1"))
            .withQueryParam("expand[0]", equalTo("payment_intent.latest_charge")));
  }

  @Test
  void statusesMapOntoThePorts() {
    assertEquals(ProviderPaymentStatus.PENDING, stateOf("open", "unpaid", null));
    assertEquals(ProviderPaymentStatus.CANCELLED, stateOf("expired", "unpaid", null));
    assertEquals(ProviderPaymentStatus.SUCCEEDED, stateOf("complete", "paid", "succeeded"));
    assertEquals(ProviderPaymentStatus.PENDING, stateOf("complete", "unpaid", "processing"));
    assertEquals(
        ProviderPaymentStatus.FAILED, stateOf("complete", "unpaid", "requires_payment_method"));
  }

  private ProviderPaymentStatus stateOf(String status, String paymentStatus, String intent) {
    stripe.resetAll();
    String pi =
        intent == null
            ? "null"
            : "{\"id\": \"pi_1\", \"object\": \"payment_intent\", \"status\": \"" + intent + "\"}";
    stripe.stubFor(
        get(urlPathEqualTo("/v1/checkout/sessions/cs_x"))
            .willReturn(
                json(
                    200,
                    "{\"id\": \"cs_x\", \"object\": \"checkout.session\", \"status\": \""
                        + status
                        + "\", \"payment_status\": \""
                        + paymentStatus
                        + "\", \"amount_total\": 500, \"currency\": \"eur\", \"payment_intent\": "
                        + pi
                        + "}")));
    return provider.state("cs_x").status();
  }

  @Test
  void payoutPaysTheBalanceOutUnderThePayoutKey() {
    stripe.stubFor(
        post(urlEqualTo("/v1/payouts"))
            .willReturn(
                json(
                    200,
                    """
                    {"id": "po_1", "object": "payout", "amount": 80000, "currency": "eur",
                     "status": "pending"}
                    """)));
    assertEquals(
        "po_1",
        provider
            .payout("merchant-5", Money.ofMinor(80000, "EUR"), "payout:5:2025-10")
            .providerPayoutId());
    LoggedRequest request = only("POST", "/v1/payouts");
    assertEquals("payout:5:2025-10", request.getHeader("Idempotency-Key"));
    Map<String, String> form = form(request.getBodyAsString());
    assertEquals("80000", form.get("amount"));
    assertEquals("eur", form.get("currency"));
    assertEquals("payout:5:2025-10", form.get("metadata[payout_key]"));
    assertEquals("merchant-5", form.get("metadata[merchant_reference]"));
  }

  @Test
  void transactionsAreTheBalanceTransactionsOfChargesRefundsAndPayouts() {
    Instant from = Instant.parse("2025-09-30T00:00:00Z");
    Instant to = Instant.parse("2025-10-01T00:00:00Z");
    stripe.stubFor(
        get(urlPathEqualTo("/v1/balance_transactions"))
            .willReturn(
                json(
                    200,
                    """
                    {"object": "list", "url": "/v1/balance_transactions", "has_more": false,
                     "data": [
                      {"id": "txn_3", "object": "balance_transaction", "type": "payout",
                       "amount": -80000, "currency": "eur", "created": 1759230000,
                       "source": {"id": "po_1", "object": "payout", "amount": 80000,
                         "currency": "eur", "metadata": {"payout_key": "payout:5:2025-10"}}},
                      {"id": "txn_2", "object": "balance_transaction", "type": "refund",
                       "amount": -1000, "currency": "eur", "created": 1759220000,
                       "source": {"id": "re_456", "object": "refund", "amount": 1000,
                         "currency": "eur", "payment_intent": "pi_123",
                         "metadata": {"reference": "42"}}},
                      {"id": "txn_fee", "object": "balance_transaction", "type": "stripe_fee",
                       "amount": -30, "currency": "eur", "created": 1759215000,
                       "source": null},
                      {"id": "txn_1", "object": "balance_transaction", "type": "charge",
                       "amount": 4950, "currency": "eur", "created": 1759210000,
                       "source": {"id": "ch_1", "object": "charge", "amount": 4950,
                         "currency": "eur", "payment_intent": "pi_123",
                         "metadata": {"reference": "42"}}}
                     ]}
                    """)));

    List<ProviderTransaction> lines = provider.transactions(from, to);

    assertEquals(
        List.of(
            new ProviderTransaction(
                "txn_1",
                TransactionKind.CHARGE,
                "pi_123",
                "42",
                Money.ofMinor(4950, "EUR"),
                Instant.ofEpochSecond(1759210000)),
            new ProviderTransaction(
                "txn_2",
                TransactionKind.REFUND,
                "pi_123",
                "42",
                Money.ofMinor(1000, "EUR"),
                Instant.ofEpochSecond(1759220000)),
            new ProviderTransaction(
                "txn_3",
                TransactionKind.PAYOUT,
                null,
                "payout:5:2025-10",
                Money.ofMinor(80000, "EUR"),
                Instant.ofEpochSecond(1759230000))),
        lines);
    stripe.verify(
        getRequestedFor(urlPathEqualTo("/v1/balance_transactions"))
            .withQueryParam("created[gte]", equalTo(String.valueOf(from.getEpochSecond())))
            .withQueryParam("created[lt]", equalTo(String.valueOf(to.getEpochSecond())))
            .withQueryParam("expand[0]", equalTo("data.source")));
  }

  // --- verify: Stripe's webhook signature ----------------------------------------------------

  private static final String COMPLETED =
      """
      {"id": "evt_1", "object": "event", "api_version": "2025-09-30.clover",
       "created": 1759319990, "livemode": false, "pending_webhooks": 1,
       "type": "checkout.session.completed",
       "data": {"object": {"id": "cs_test_a1", "object": "checkout.session",
         "client_reference_id": "42", "metadata": {"reference": "42"},
         "amount_total": 4950, "currency": "eur", "payment_status": "paid",
         "status": "complete", "payment_intent": "pi_123"}}}
      """;

  @Test
  void verifyAcceptsAnEventSignedTheStripeWayAndReadsIt() {
    long t = NOW.getEpochSecond() - 10;
    ProviderEvent event =
        provider.verify(
            COMPLETED, Map.of("stripe-signature", signature(WEBHOOK_SECRET, t, COMPLETED)));
    assertEquals(
        new ProviderEvent(
            "evt_1",
            EventType.PAYMENT_SUCCEEDED,
            "cs_test_a1",
            "42",
            null,
            Money.ofMinor(4950, "EUR"),
            Instant.ofEpochSecond(1759319990)),
        event);
  }

  @Test
  void verifyAcceptsOneMatchingSignatureAmongSeveralAndAnAgeUpTo300Seconds() {
    long t = NOW.getEpochSecond() - 300;
    String header =
        "t="
            + t
            + ",v1="
            + hmac("whsec_rolled_over", t, COMPLETED)
            + ",v1="
            + hmac(WEBHOOK_SECRET, t, COMPLETED)
            + ",v0=deadbeef";
    assertEquals("evt_1", provider.verify(COMPLETED, Map.of("stripe-signature", header)).eventId());
  }

  @Test
  void verifyRefusesAWrongSignatureATamperedBodyAnOldOneAndNone() {
    long t = NOW.getEpochSecond() - 10;
    assertThrows(
        io.booking.payment.domain.InvalidNotificationException.class,
        () ->
            provider.verify(
                COMPLETED, Map.of("stripe-signature", signature("whsec_other", t, COMPLETED))));
    assertThrows(
        io.booking.payment.domain.InvalidNotificationException.class,
        () ->
            provider.verify(
                COMPLETED.replace("4950", "1"),
                Map.of("stripe-signature", signature(WEBHOOK_SECRET, t, COMPLETED))));
    long old = NOW.getEpochSecond() - 301;
    assertThrows(
        io.booking.payment.domain.InvalidNotificationException.class,
        () ->
            provider.verify(
                COMPLETED, Map.of("stripe-signature", signature(WEBHOOK_SECRET, old, COMPLETED))));
    assertThrows(
        io.booking.payment.domain.InvalidNotificationException.class,
        () -> provider.verify(COMPLETED, Map.of()));
    assertThrows(
        io.booking.payment.domain.InvalidNotificationException.class,
        () -> provider.verify(COMPLETED, Map.of("stripe-signature", "garbage")));
  }

  @Test
  void eventsMapOntoThePortsTypes() {
    assertEquals(
        EventType.PAYMENT_PENDING,
        signedEvent("checkout.session.completed", session("unpaid")).type());
    assertEquals(
        EventType.PAYMENT_SUCCEEDED,
        signedEvent("checkout.session.async_payment_succeeded", session("paid")).type());
    ProviderEvent failed = signedEvent("checkout.session.async_payment_failed", session("unpaid"));
    assertEquals(EventType.PAYMENT_FAILED, failed.type());
    assertEquals("42", failed.reference());
    assertEquals(
        EventType.PAYMENT_FAILED,
        signedEvent("checkout.session.expired", session("unpaid")).type());

    ProviderEvent declined =
        signedEvent(
            "payment_intent.payment_failed",
            """
            {"id": "pi_123", "object": "payment_intent", "status": "requires_payment_method",
             "amount": 4950, "currency": "eur", "metadata": {"reference": "42"}}
            """);
    assertEquals(EventType.PAYMENT_PENDING, declined.type());
    assertEquals("42", declined.reference());

    ProviderEvent refunded = signedEvent("refund.updated", refund("succeeded"));
    assertEquals(
        new ProviderEvent(
            "evt_refund.updated",
            EventType.REFUND_SUCCEEDED,
            "pi_123",
            "42",
            "re_456",
            Money.ofMinor(1000, "EUR"),
            Instant.ofEpochSecond(NOW.getEpochSecond() - 5)),
        refunded);
    assertEquals(
        EventType.REFUND_SUCCEEDED, signedEvent("refund.created", refund("succeeded")).type());
    assertEquals(
        EventType.PAYMENT_PENDING, signedEvent("refund.created", refund("pending")).type());
    assertEquals(EventType.REFUND_FAILED, signedEvent("refund.updated", refund("failed")).type());
    assertEquals(EventType.REFUND_FAILED, signedEvent("refund.failed", refund("failed")).type());

    String payout =
        """
        {"id": "po_1", "object": "payout", "amount": 80000, "currency": "eur",
         "status": "paid", "metadata": {"payout_key": "payout:5:2025-10"}}
        """;
    ProviderEvent paid = signedEvent("payout.paid", payout);
    assertEquals(EventType.PAYOUT_PAID, paid.type());
    assertEquals("payout:5:2025-10", paid.reference());
    assertNull(paid.providerPaymentId());
    assertEquals(EventType.PAYOUT_FAILED, signedEvent("payout.failed", payout).type());

    assertThrows(
        io.booking.payment.domain.InvalidNotificationException.class,
        () -> signedEvent("customer.created", "{\"id\": \"cus_1\", \"object\": \"customer\"}"));
  }

  private ProviderEvent signedEvent(String type, String object) {
    String body =
        "{\"id\": \"evt_"
            + type
            + "\", \"object\": \"event\", \"created\": "
            + (NOW.getEpochSecond() - 5)
            + ", \"type\": \""
            + type
            + "\", \"data\": {\"object\": "
            + object
            + "}}";
    return provider.verify(
        body, Map.of("stripe-signature", signature(WEBHOOK_SECRET, NOW.getEpochSecond(), body)));
  }

  private static String session(String paymentStatus) {
    return "{\"id\": \"cs_test_a1\", \"object\": \"checkout.session\", \"client_reference_id\":"
        + " \"42\", \"amount_total\": 4950, \"currency\": \"eur\", \"status\": \"complete\","
        + " \"payment_status\": \""
        + paymentStatus
        + "\"}";
  }

  private static String refund(String status) {
    return "{\"id\": \"re_456\", \"object\": \"refund\", \"amount\": 1000, \"currency\": \"eur\","
        + " \"payment_intent\": \"pi_123\", \"metadata\": {\"reference\": \"42\"}, \"status\": \""
        + status
        + "\"}";
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** Stripe's scheme, written here without the SDK: t=<unix s>,v1=<hex HMAC-SHA256("t.body")>. */
  private static String signature(String secret, long t, String body) {
    return "t=" + t + ",v1=" + hmac(secret, t, body);
  }

  private static String hmac(String secret, long t, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String completeSession(String paymentStatus, String paymentIntent) {
    return "{\"id\": \"cs_test_a1\", \"object\": \"checkout.session\", \"status\": \"complete\","
        + " \"payment_status\": \""
        + paymentStatus
        + "\", \"amount_total\": 4950, \"currency\": \"eur\", \"client_reference_id\": \"42\","
        + " \"metadata\": {\"reference\": \"42\"}, \"payment_intent\": "
        + paymentIntent
        + "}";
  }

  private LoggedRequest only(String method, String path) {
    List<LoggedRequest> requests =
        stripe.findAll(
            method.equals("POST")
                ? postRequestedFor(urlEqualTo(path))
                : getRequestedFor(urlPathEqualTo(path)));
    assertEquals(1, requests.size(), method + " " + path);
    return requests.get(0);
  }

  private static Map<String, String> form(String body) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : body.split("&")) {
      String[] kv = pair.split("=", 2);
      fields.put(
          URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return fields;
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }
}
