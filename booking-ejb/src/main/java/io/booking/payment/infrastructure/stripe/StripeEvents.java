package io.booking.payment.infrastructure.stripe;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Payout;
import com.stripe.model.Refund;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import io.booking.payment.domain.InvalidNotificationException;
import io.booking.payment.domain.PaymentProvider.EventType;
import io.booking.payment.domain.PaymentProvider.ProviderEvent;
import io.booking.shared.domain.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Stripe's webhooks, checked and read. The {@code Stripe-Signature} header ({@code t=<unix
 * seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">} keyed with the endpoint's signing secret) is
 * checked by the SDK's {@code Webhook.constructEvent}, which refuses a signature older than the
 * tolerance (300 s). The event's object is read whatever API version the endpoint is pinned to (the
 * few fields used here are the same in all).
 *
 * <p>The events, and what they are to the platform (the endpoint subscribes to exactly these; any
 * other type is refused):
 *
 * <ul>
 *   <li>{@code checkout.session.completed}: PAYMENT_SUCCEEDED when its payment status is paid,
 *       PAYMENT_PENDING when unpaid (a delayed payment method, decided later by one of the next
 *       two)
 *   <li>{@code checkout.session.async_payment_succeeded}: PAYMENT_SUCCEEDED
 *   <li>{@code checkout.session.async_payment_failed}, {@code checkout.session.expired}:
 *       PAYMENT_FAILED (the session can no longer be paid)
 *   <li>{@code payment_intent.payment_failed}: PAYMENT_PENDING, which changes nothing: on Checkout
 *       a declined card is not the end, the customer may try another on the same page
 *   <li>{@code refund.created}, {@code refund.updated}: REFUND_SUCCEEDED when the refund's status
 *       is succeeded, REFUND_FAILED when failed or canceled, PAYMENT_PENDING (nothing) otherwise;
 *       {@code refund.failed}: REFUND_FAILED
 *   <li>{@code payout.paid}: PAYOUT_PAID; {@code payout.failed}, {@code payout.canceled}:
 *       PAYOUT_FAILED
 * </ul>
 *
 * The reference is the session's {@code client_reference_id} (or {@code metadata.reference}), the
 * PaymentIntent's and the refund's {@code metadata.reference}, the payout's {@code
 * metadata.payout_key}.
 */
final class StripeEvents {

  static final String HEADER = "Stripe-Signature";

  private final String secret;
  private final long toleranceSeconds;
  private final Clock clock;

  StripeEvents(String secret, long toleranceSeconds, Clock clock) {
    this.secret = secret;
    this.toleranceSeconds = toleranceSeconds;
    this.clock = clock;
  }

  ProviderEvent read(String body, Map<String, String> headers) {
    String header = header(headers);
    if (header == null || header.isBlank()) {
      throw new InvalidNotificationException("The " + HEADER + " header is missing.");
    }
    String payload = body == null ? "" : body;
    Event event;
    try {
      event = Webhook.constructEvent(payload, header, secret, toleranceSeconds, clock);
    } catch (SignatureVerificationException e) {
      throw new InvalidNotificationException(
          "The " + HEADER + " header does not verify: " + e.getMessage());
    } catch (RuntimeException unreadable) {
      // Gson's JsonSyntaxException and the like: signed, but not an event.
      throw new InvalidNotificationException("The notification is not a Stripe event.");
    }
    if (event.getId() == null || event.getType() == null || event.getCreated() == null) {
      throw new InvalidNotificationException("The notification is not a Stripe event.");
    }
    StripeObject object;
    try {
      object = event.getDataObjectDeserializer().deserializeUnsafe();
    } catch (EventDataObjectDeserializationException | RuntimeException e) {
      throw new InvalidNotificationException(
          "The object of Stripe event " + event.getId() + " cannot be read.");
    }
    Instant at = Instant.ofEpochSecond(event.getCreated());
    String type = event.getType();
    return switch (type) {
      case "checkout.session.completed" ->
          session(
              event,
              as(object, Session.class, event),
              paid(as(object, Session.class, event))
                  ? EventType.PAYMENT_SUCCEEDED
                  : EventType.PAYMENT_PENDING,
              at);
      case "checkout.session.async_payment_succeeded" ->
          session(event, as(object, Session.class, event), EventType.PAYMENT_SUCCEEDED, at);
      case "checkout.session.async_payment_failed", "checkout.session.expired" ->
          session(event, as(object, Session.class, event), EventType.PAYMENT_FAILED, at);
      case "payment_intent.payment_failed" ->
          intent(event, as(object, PaymentIntent.class, event), at);
      case "refund.created", "refund.updated", "refund.failed" ->
          refund(event, as(object, Refund.class, event), type.equals("refund.failed"), at);
      case "payout.paid", "payout.failed", "payout.canceled" ->
          payout(
              event,
              as(object, Payout.class, event),
              type.equals("payout.paid") ? EventType.PAYOUT_PAID : EventType.PAYOUT_FAILED,
              at);
      default ->
          throw new InvalidNotificationException(
              "Stripe event type "
                  + type
                  + " is not one the platform subscribes to (decision 0025 lists them).");
    };
  }

  private static ProviderEvent session(Event event, Session s, EventType type, Instant at) {
    String reference = s.getClientReferenceId();
    if (reference == null) {
      reference = StripePaymentProvider.metadata(s.getMetadata(), "reference");
    }
    return new ProviderEvent(
        event.getId(),
        type,
        s.getId(),
        reference,
        null,
        money(s.getAmountTotal(), s.getCurrency()),
        at);
  }

  private static ProviderEvent intent(Event event, PaymentIntent pi, Instant at) {
    return new ProviderEvent(
        event.getId(),
        EventType.PAYMENT_PENDING,
        pi.getId(),
        StripePaymentProvider.metadata(pi.getMetadata(), "reference"),
        null,
        money(pi.getAmount(), pi.getCurrency()),
        at);
  }

  private static ProviderEvent refund(Event event, Refund r, boolean failedEvent, Instant at) {
    String status = String.valueOf(r.getStatus());
    EventType type =
        failedEvent || status.equals("failed") || status.equals("canceled")
            ? EventType.REFUND_FAILED
            : status.equals("succeeded") ? EventType.REFUND_SUCCEEDED : EventType.PAYMENT_PENDING;
    return new ProviderEvent(
        event.getId(),
        type,
        r.getPaymentIntent(),
        StripePaymentProvider.metadata(r.getMetadata(), "reference"),
        r.getId(),
        money(r.getAmount(), r.getCurrency()),
        at);
  }

  private static ProviderEvent payout(Event event, Payout p, EventType type, Instant at) {
    return new ProviderEvent(
        event.getId(),
        type,
        null,
        StripePaymentProvider.metadata(p.getMetadata(), "payout_key"),
        null,
        money(p.getAmount(), p.getCurrency()),
        at);
  }

  private static boolean paid(Session s) {
    return "paid".equals(s.getPaymentStatus())
        || "no_payment_required".equals(s.getPaymentStatus());
  }

  private static <T> T as(StripeObject object, Class<T> type, Event event) {
    if (!type.isInstance(object)) {
      throw new InvalidNotificationException(
          "Stripe event " + event.getId() + " of type " + event.getType() + " has no " + type);
    }
    return type.cast(object);
  }

  private static Money money(Long minor, String currency) {
    if (minor == null || currency == null || minor < 0) {
      return null;
    }
    try {
      return Money.ofMinor(minor, currency.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknownCurrency) {
      return null;
    }
  }

  private static String header(Map<String, String> headers) {
    if (headers == null) {
      return null;
    }
    return headers.entrySet().stream()
        .filter(h -> h.getKey() != null && h.getKey().equalsIgnoreCase(HEADER))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }
}
