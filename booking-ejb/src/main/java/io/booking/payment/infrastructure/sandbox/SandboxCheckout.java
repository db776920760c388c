package io.booking.payment.infrastructure.sandbox;

import io.booking.payment.domain.PaymentProvider.ProviderPaymentStatus;
import io.booking.shared.domain.Money;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's hosted checkout page, as a service its page calls: what a checkout token pays, and
 * paying it with a test card ({@link TestCard}). The token is the capability: whoever has the
 * checkout URL may pay, as on a real provider's page; it names nothing of the platform's.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SandboxCheckout {

  /** What the page shows. {@code returnUrl} is where the customer goes back to, paid or not. */
  public record View(
      Money amount, String description, ProviderPaymentStatus status, String returnUrl) {}

  public enum Outcome {
    /** Paid (4242, 0259): on to the return URL. */
    PAID,
    /** Declined (0002): the payment FAILED; the page says so. */
    DECLINED,
    /** Not a test card: nothing happened; the page says so beside the field. */
    UNKNOWN_CARD,
    /** Paid before (a second click): on to the return URL. */
    ALREADY_PAID,
    /** Declined or cancelled before: it cannot be paid any more. */
    CLOSED,
    /** No payment has this token. */
    NOT_FOUND
  }

  /** The outcome and the payment as it is now ({@code null} when NOT_FOUND). */
  public record PayResult(Outcome outcome, View payment) {}

  /**
   * One notification about the payment and whether the platform has taken it (answered 2xx), as a
   * provider's webhook log shows it; {@code lastStatus} is the last answer's HTTP status.
   */
  public record Delivery(String eventId, String type, boolean delivered, Integer lastStatus) {}

  @EJB SandboxRecords records;

  @EJB SandboxOutbox outbox;

  @Inject Clock clock;

  /** The payment a checkout token pays, if there is one. */
  public Optional<View> checkout(String token) {
    return plausible(token) ? records.checkout(token) : Optional.empty();
  }

  /**
   * The notifications queued about the token's payment (and its refunds), oldest first, each with
   * whether it has been delivered: what a test or a demo waits on instead of sleeping.
   */
  public List<Delivery> deliveries(String token) {
    if (!plausible(token)) {
      return List.of();
    }
    return records
        .paymentIdOfToken(token)
        .map(
            id ->
                outbox.about(id).stream()
                    .map(
                        n ->
                            new Delivery(
                                n.eventId(),
                                n.eventType().name(),
                                n.deliveredAt() != null,
                                n.lastStatus()))
                    .toList())
        .orElse(List.of());
  }

  /** Pays with the typed card number; at most one attempt per payment changes it. */
  public PayResult pay(String token, String card) {
    if (!plausible(token)) {
      return new PayResult(Outcome.NOT_FOUND, null);
    }
    return records.pay(token, card, clock.instant());
  }

  private static boolean plausible(String token) {
    return token != null && token.matches("[A-Za-z0-9_-]{20,64}");
  }
}
