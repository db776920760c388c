package io.booking.payment.infrastructure.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.BalanceTransaction;
import com.stripe.model.BalanceTransactionSource;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Payout;
import com.stripe.model.Refund;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.BalanceTransactionListParams;
import com.stripe.param.PayoutCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.RefundListParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionRetrieveParams;
import io.booking.payment.domain.PaymentProvider;
import io.booking.shared.domain.BusinessConflictException;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.Money;
import io.booking.shared.domain.UnknownObjectException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Stripe as a {@link PaymentProvider}, on Stripe's Java SDK (decision 0025). A payment is a Stripe
 * Checkout Session (its id, {@code cs_…}, is the provider's payment id); the platform's reference
 * travels as the session's {@code client_reference_id} and as {@code metadata.reference} on the
 * session, its PaymentIntent and each refund, so that every webhook names it. Notifications are
 * Stripe's webhooks, checked with {@code Webhook.constructEvent} and the endpoint's secret ({@link
 * StripeEvents}).
 *
 * <p>Every call goes through one {@link StripeClient} built with the configured key (never Stripe's
 * global static key), with an idempotency key of the platform's where it moves money: a retried
 * start, refund or payout makes one. What Stripe refuses maps to the platform's domain exceptions
 * ({@code UnknownObjectException}, {@code BusinessConflictException} with {@code
 * refund-exceeds-payment}, {@code payment-not-succeeded}, {@code refund-key-reused}, {@code
 * reference-reused}, {@code payout-key-reused}, {@code provider-refused}); Stripe down, slow, rate
 * limiting or refusing the key is {@link StripeUnavailableException}.
 *
 * <p>Not a {@code PaymentProvider} bean itself (only its own type): the platform gets the
 * configured provider from {@code ConfiguredPaymentProvider}.
 */
@ApplicationScoped
@Typed(StripePaymentProvider.class)
public class StripePaymentProvider implements PaymentProvider {

  public static final String NAME = "stripe";

  /** How old a webhook's signature may be (Stripe's own default). */
  static final long TOLERANCE_SECONDS = 300;

  static final int CONNECT_TIMEOUT_MS = 5_000;
  static final int READ_TIMEOUT_MS = 20_000;
  static final int NETWORK_RETRIES = 2;

  private StripeClient client;
  private StripeEvents events;

  /** For the container's proxy only. */
  protected StripePaymentProvider() {}

  @Inject
  public StripePaymentProvider(StripeSettings settings, Clock clock) {
    this(settings.secretKey(), settings.webhookSecret(), settings.apiBase(), clock);
  }

  /**
   * @param apiBase another address for Stripe's API (a local stub), empty for Stripe's own
   */
  public StripePaymentProvider(
      String secretKey, String webhookSecret, Optional<String> apiBase, Clock clock) {
    StripeClient.StripeClientBuilder builder =
        StripeClient.builder()
            .setApiKey(secretKey)
            .setConnectTimeout(CONNECT_TIMEOUT_MS)
            .setReadTimeout(READ_TIMEOUT_MS)
            .setMaxNetworkRetries(NETWORK_RETRIES);
    apiBase.map(b -> b.replaceAll("/+$", "")).ifPresent(builder::setApiBase);
    this.client = builder.build();
    this.events = new StripeEvents(webhookSecret, TOLERANCE_SECONDS, clock);
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * A Checkout Session in payment mode with one line (the amount, the description), {@code
   * client_reference_id} and {@code metadata.reference} the platform's reference, success and
   * cancel URLs the order's return URL. The idempotency key {@code checkout:<reference>} makes a
   * repeated start (within Stripe's 24 hours) answer the same session.
   */
  @Override
  public StartedPayment start(PaymentOrder order) {
    if (order == null) {
      throw new InvalidInputException("order", "is required");
    }
    String reference = required("reference", order.reference());
    Money amount = positive(order.amount());
    String returnUrl = absoluteUrl("returnUrl", order.returnUrl());
    String description =
        order.description() == null || order.description().isBlank()
            ? "Booking " + reference
            : order.description().strip();
    SessionCreateParams params =
        SessionCreateParams.builder()
            .setMode(SessionCreateParams.Mode.PAYMENT)
            .setClientReferenceId(reference)
            .putMetadata("reference", reference)
            .setPaymentIntentData(
                SessionCreateParams.PaymentIntentData.builder()
                    .putMetadata("reference", reference)
                    .build())
            .setSuccessUrl(returnUrl)
            .setCancelUrl(returnUrl)
            .addLineItem(
                SessionCreateParams.LineItem.builder()
                    .setQuantity(1L)
                    .setPriceData(
                        SessionCreateParams.LineItem.PriceData.builder()
                            .setCurrency(stripeCurrency(amount))
                            .setUnitAmount(amount.minorUnits())
                            .setProductData(
                                SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                    .setName(truncate(description, 200))
                                    .build())
                            .build())
                    .build())
            .build();
    try {
      Session session =
          client.v1().checkout().sessions().create(params, key("checkout:" + reference));
      return new StartedPayment(session.getId(), URI.create(session.getUrl()));
    } catch (StripeException e) {
      throw failure(e, "payment", reference, "reference-reused");
    }
  }

  /**
   * A Refund of the session's PaymentIntent, with the platform's refund key as Stripe's idempotency
   * key and in {@code metadata.refund_key}. Stripe forgets idempotency keys after 24 hours, so a
   * refund of this key found among the PaymentIntent's refunds is answered first: a resend days
   * later (Stripe answered, the answer was lost) makes no second refund either.
   */
  @Override
  public StartedRefund refund(String providerPaymentId, Money amount, String refundKey) {
    required("providerPaymentId", providerPaymentId);
    positive(amount);
    required("refundKey", refundKey);
    Session session = session(providerPaymentId, false);
    if (session.getPaymentIntent() == null || !paid(session)) {
      throw new BusinessConflictException(
          "payment-not-succeeded", "Payment " + providerPaymentId + " has not succeeded.");
    }
    if (!stripeCurrency(amount).equalsIgnoreCase(session.getCurrency())) {
      throw new InvalidInputException(
          "amount", "must be in the payment's currency, " + session.getCurrency());
    }
    Optional<String> made = refundMadeBy(session.getPaymentIntent(), refundKey, providerPaymentId);
    if (made.isPresent()) {
      return new StartedRefund(made.get());
    }
    RefundCreateParams.Builder params =
        RefundCreateParams.builder()
            .setPaymentIntent(session.getPaymentIntent())
            .setAmount(amount.minorUnits())
            .putMetadata("refund_key", refundKey);
    reference(session).ifPresent(r -> params.putMetadata("reference", r));
    try {
      Refund refund = client.v1().refunds().create(params.build(), key(refundKey));
      return new StartedRefund(refund.getId());
    } catch (StripeException e) {
      throw failure(e, "payment", providerPaymentId, "refund-key-reused");
    }
  }

  private Optional<String> refundMadeBy(String paymentIntent, String refundKey, String paymentId) {
    RefundListParams params =
        RefundListParams.builder().setPaymentIntent(paymentIntent).setLimit(100L).build();
    try {
      for (Refund r : client.v1().refunds().list(params).autoPagingIterable()) {
        if (refundKey.equals(metadata(r.getMetadata(), "refund_key"))) {
          return Optional.of(r.getId());
        }
      }
      return Optional.empty();
    } catch (StripeException e) {
      throw failure(e, "payment", paymentId, null);
    } catch (RuntimeException e) {
      if (e.getCause() instanceof StripeException s) {
        throw failure(s, "payment", paymentId, null);
      }
      throw e;
    }
  }

  /**
   * Expires the session, so the customer can no longer pay on it. A session that completed
   * meanwhile (Stripe refuses to expire it) answers false; one that expired before, true.
   */
  @Override
  public boolean cancel(String providerPaymentId) {
    required("providerPaymentId", providerPaymentId);
    try {
      client.v1().checkout().sessions().expire(providerPaymentId);
      return true;
    } catch (InvalidRequestException refused) {
      Session session = session(providerPaymentId, false);
      if ("expired".equals(session.getStatus())) {
        return true;
      }
      if ("complete".equals(session.getStatus())) {
        return false;
      }
      throw failure(refused, "payment", providerPaymentId, null);
    } catch (StripeException e) {
      throw failure(e, "payment", providerPaymentId, null);
    }
  }

  /**
   * The session with its PaymentIntent and that one's latest charge: open is PENDING, expired is
   * CANCELLED, complete and paid is SUCCEEDED, complete and unpaid is PENDING (a delayed payment
   * method) or FAILED (the PaymentIntent wants another payment method or was cancelled); refunded
   * is the charge's {@code amount_refunded}.
   */
  @Override
  public ProviderPaymentState state(String providerPaymentId) {
    required("providerPaymentId", providerPaymentId);
    Session session = session(providerPaymentId, true);
    String currency = session.getCurrency().toUpperCase(Locale.ROOT);
    long total = session.getAmountTotal() == null ? 0 : session.getAmountTotal();
    PaymentIntent intent = session.getPaymentIntentObject();
    Charge charge = intent == null ? null : intent.getLatestChargeObject();
    long refunded =
        charge == null || charge.getAmountRefunded() == null ? 0 : charge.getAmountRefunded();
    return new ProviderPaymentState(
        status(session, intent), Money.ofMinor(total, currency), Money.ofMinor(refunded, currency));
  }

  static ProviderPaymentStatus status(Session session, PaymentIntent intent) {
    String status = String.valueOf(session.getStatus());
    return switch (status) {
      case "open" -> ProviderPaymentStatus.PENDING;
      case "expired" -> ProviderPaymentStatus.CANCELLED;
      case "complete" -> {
        if (paid(session)) {
          yield ProviderPaymentStatus.SUCCEEDED;
        }
        String intentStatus = intent == null ? "" : String.valueOf(intent.getStatus());
        yield intentStatus.equals("requires_payment_method") || intentStatus.equals("canceled")
            ? ProviderPaymentStatus.FAILED
            : ProviderPaymentStatus.PENDING;
      }
      default ->
          throw new StripeUnavailableException(
              "Checkout Session " + session.getId() + " has an unknown status " + status, null);
    };
  }

  /** {@code Webhook.constructEvent} with the endpoint's secret, then {@link StripeEvents#read}. */
  @Override
  public ProviderEvent verify(String body, Map<String, String> headers) {
    return events.read(body, headers);
  }

  /**
   * A Stripe Payout from the platform's Stripe balance to the platform's own bank account (not to
   * the merchant: that needs Connect, decision 0025), tagged with {@code metadata.payout_key} and
   * {@code metadata.merchant_reference}; the payout key is Stripe's idempotency key.
   */
  @Override
  public StartedPayout payout(String merchantReference, Money amount, String payoutKey) {
    required("merchantReference", merchantReference);
    positive(amount);
    required("payoutKey", payoutKey);
    PayoutCreateParams params =
        PayoutCreateParams.builder()
            .setAmount(amount.minorUnits())
            .setCurrency(stripeCurrency(amount))
            .putMetadata("payout_key", payoutKey)
            .putMetadata("merchant_reference", merchantReference)
            .build();
    try {
      Payout payout = client.v1().payouts().create(params, key(payoutKey));
      return new StartedPayout(payout.getId());
    } catch (StripeException e) {
      throw failure(e, "payout", payoutKey, "payout-key-reused");
    }
  }

  /**
   * The balance transactions created in [from, to) (whole seconds: Stripe's {@code created}), with
   * their sources expanded for the references: {@code charge} and {@code payment} are charges,
   * {@code refund} and {@code payment_refund} refunds, {@code payout} payouts; fees, adjustments,
   * transfers and the rest are not the port's lines and are left out. Amounts are the gross
   * amounts, unsigned, in the balance's currency.
   */
  @Override
  public List<ProviderTransaction> transactions(Instant from, Instant to) {
    if (from == null || to == null || !from.isBefore(to)) {
      throw new InvalidInputException("to", "must be after from");
    }
    BalanceTransactionListParams params =
        BalanceTransactionListParams.builder()
            .setCreated(
                BalanceTransactionListParams.Created.builder()
                    .setGte(ceilSeconds(from))
                    .setLt(ceilSeconds(to))
                    .build())
            .setLimit(100L)
            .addExpand("data.source")
            .build();
    List<ProviderTransaction> lines = new ArrayList<>();
    try {
      for (BalanceTransaction t :
          client.v1().balanceTransactions().list(params).autoPagingIterable()) {
        line(t).ifPresent(lines::add);
      }
    } catch (StripeException e) {
      throw failure(e, "balance transactions", from + "/" + to, null);
    } catch (RuntimeException e) {
      if (e.getCause() instanceof StripeException s) {
        // The SDK wraps a failure loading a later page.
        throw failure(s, "balance transactions", from + "/" + to, null);
      }
      throw e;
    }
    lines.sort(
        Comparator.comparing(ProviderTransaction::at)
            .thenComparing(ProviderTransaction::providerTransactionId));
    return lines;
  }

  static Optional<ProviderTransaction> line(BalanceTransaction t) {
    TransactionKind kind =
        switch (String.valueOf(t.getType())) {
          case "charge", "payment" -> TransactionKind.CHARGE;
          case "refund", "payment_refund" -> TransactionKind.REFUND;
          case "payout" -> TransactionKind.PAYOUT;
          default -> null;
        };
    if (kind == null || t.getAmount() == null || t.getAmount() == 0) {
      return Optional.empty();
    }
    BalanceTransactionSource source = t.getSourceObject();
    String paymentId = null;
    String reference = null;
    if (source instanceof Charge c) {
      paymentId = c.getPaymentIntent();
      reference = metadata(c.getMetadata(), "reference");
    } else if (source instanceof Refund r) {
      paymentId = r.getPaymentIntent();
      reference = metadata(r.getMetadata(), "reference");
    } else if (source instanceof Payout p) {
      reference = metadata(p.getMetadata(), "payout_key");
    }
    return Optional.of(
        new ProviderTransaction(
            t.getId(),
            kind,
            paymentId,
            reference,
            Money.ofMinor(Math.abs(t.getAmount()), t.getCurrency().toUpperCase(Locale.ROOT)),
            Instant.ofEpochSecond(t.getCreated())));
  }

  private Session session(String id, boolean withPayment) {
    SessionRetrieveParams.Builder params = SessionRetrieveParams.builder();
    if (withPayment) {
      params.addExpand("payment_intent.latest_charge");
    }
    try {
      return client.v1().checkout().sessions().retrieve(id, params.build());
    } catch (StripeException e) {
      throw failure(e, "payment", id, null);
    }
  }

  private static boolean paid(Session session) {
    return "paid".equals(session.getPaymentStatus())
        || "no_payment_required".equals(session.getPaymentStatus());
  }

  private static Optional<String> reference(Session session) {
    return Optional.ofNullable(session.getClientReferenceId())
        .or(() -> Optional.ofNullable(metadata(session.getMetadata(), "reference")));
  }

  static String metadata(Map<String, String> metadata, String key) {
    return metadata == null ? null : metadata.get(key);
  }

  /**
   * What a Stripe error means to the platform: an unknown object is 404, a reused key or a refusal
   * a conflict, everything else (no connection, a 5xx, a rate limit, a key Stripe refuses) the
   * provider being unavailable.
   */
  static RuntimeException failure(StripeException e, String what, String id, String keyReason) {
    if (e instanceof IdempotencyException && keyReason != null) {
      return new BusinessConflictException(
          keyReason, "Stripe refused a key used before for another request: " + e.getMessage());
    }
    if (e instanceof InvalidRequestException) {
      Integer status = e.getStatusCode();
      if (status != null && status == 404) {
        return new UnknownObjectException(what, id);
      }
      if (status != null && status >= 400 && status < 500 && status != 401 && status != 403) {
        String code = String.valueOf(e.getCode());
        if (code.equals("charge_already_refunded") || code.startsWith("amount_too_large")) {
          return new BusinessConflictException("refund-exceeds-payment", e.getMessage());
        }
        return new BusinessConflictException("provider-refused", "Stripe: " + e.getMessage());
      }
    }
    String kind = e instanceof ApiConnectionException ? "cannot be reached" : "did not answer";
    return new StripeUnavailableException(
        "Stripe " + kind + " (" + e.getClass().getSimpleName() + "): " + e.getMessage(), e);
  }

  /** The currency as Stripe writes it: ISO 4217, lower case. */
  static String stripeCurrency(Money amount) {
    return amount.currency().toLowerCase(Locale.ROOT);
  }

  private static RequestOptions key(String idempotencyKey) {
    return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
  }

  private static long ceilSeconds(Instant at) {
    return at.getNano() == 0 ? at.getEpochSecond() : at.getEpochSecond() + 1;
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "is required");
    }
    if (value.length() > 200) {
      throw new InvalidInputException(field, "must be at most 200 characters");
    }
    return value;
  }

  private static Money positive(Money amount) {
    if (amount == null || amount.minorUnits() <= 0) {
      throw new InvalidInputException("amount", "must be more than 0");
    }
    return amount;
  }

  private static String absoluteUrl(String field, URI url) {
    if (url == null
        || url.getHost() == null
        || !("http".equalsIgnoreCase(url.getScheme())
            || "https".equalsIgnoreCase(url.getScheme()))) {
      throw new InvalidInputException(field, "must be an absolute http or https URL");
    }
    return url.toString();
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
