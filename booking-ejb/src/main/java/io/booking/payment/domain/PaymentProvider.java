package io.booking.payment.domain;

import io.booking.shared.domain.Money;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A payment service the platform takes money through (the port; the sandbox and a real provider are
 * its adapters, one chosen by configuration). Every call that moves money takes a key of the
 * platform's, so a retried call moves it once; results that take time (a payment, a refund, a
 * payout) arrive as signed notifications.
 */
public interface PaymentProvider {

  /** The provider's name in configuration, accounts and notification URLs, e.g. "sandbox". */
  String name();

  /**
   * Opens a payment the customer completes on the provider's checkout page.
   *
   * @param order what to charge, under the platform's reference (its payment id), and where the
   *     customer returns to
   */
  StartedPayment start(PaymentOrder order);

  /**
   * Refunds part or all of a succeeded payment; completes later with a REFUND_SUCCEEDED (or
   * REFUND_FAILED) notification. The same {@code refundKey} again refunds nothing more.
   */
  StartedRefund refund(String providerPaymentId, Money amount, String refundKey);

  /** Cancels a payment the customer has not completed (an expired hold); false if it succeeded. */
  boolean cancel(String providerPaymentId);

  /** The provider's view of one payment, for a notification that is late or lost. */
  ProviderPaymentState state(String providerPaymentId);

  /**
   * Checks a notification's signature and age and reads it.
   *
   * @param headers the request's headers, names in lower case
   * @throws InvalidNotificationException when the signature is wrong, too old or the body
   *     unreadable
   */
  ProviderEvent verify(String body, Map<String, String> headers);

  /** Sends a merchant's payout; completes later with PAYOUT_PAID or PAYOUT_FAILED. */
  StartedPayout payout(String merchantReference, Money amount, String payoutKey);

  /** Every charge, refund and payout the provider recorded in [from, to), for reconciliation. */
  List<ProviderTransaction> transactions(Instant from, Instant to);

  /** What to charge. {@code reference} is the platform's payment id; it comes back in events. */
  record PaymentOrder(
      String reference, Money amount, String description, URI returnUrl, URI notificationUrl) {}

  record StartedPayment(String providerPaymentId, URI checkoutUrl) {}

  record StartedRefund(String providerRefundId) {}

  record StartedPayout(String providerPayoutId) {}

  /** A payment as the provider sees it. */
  record ProviderPaymentState(ProviderPaymentStatus status, Money amount, Money refunded) {}

  enum ProviderPaymentStatus {
    PENDING,
    SUCCEEDED,
    FAILED,
    CANCELLED
  }

  /**
   * One notification. {@code eventId} is unique per provider: a delivery seen before changes
   * nothing. {@code reference} is the platform's payment id (or payout key) it concerns.
   */
  record ProviderEvent(
      String eventId,
      EventType type,
      String providerPaymentId,
      String reference,
      String providerRefundId,
      Money amount,
      Instant occurredAt) {}

  enum EventType {
    PAYMENT_PENDING,
    PAYMENT_SUCCEEDED,
    PAYMENT_FAILED,
    REFUND_SUCCEEDED,
    REFUND_FAILED,
    PAYOUT_PAID,
    PAYOUT_FAILED
  }

  /** A line of the provider's records: a charge (positive), a refund or a payout. */
  record ProviderTransaction(
      String providerTransactionId,
      TransactionKind kind,
      String providerPaymentId,
      String reference,
      Money amount,
      Instant at) {}

  enum TransactionKind {
    CHARGE,
    REFUND,
    PAYOUT
  }
}
