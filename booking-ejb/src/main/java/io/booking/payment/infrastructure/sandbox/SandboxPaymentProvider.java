package io.booking.payment.infrastructure.sandbox;

import io.booking.payment.domain.PaymentProvider;
import io.booking.platform.infrastructure.UniqueKeys;
import io.booking.shared.domain.InvalidInputException;
import io.booking.shared.domain.Money;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The sandbox as a {@link PaymentProvider}. It is not a {@code PaymentProvider} bean itself (only
 * its own type): the platform gets the configured provider from {@code ConfiguredPaymentProvider}.
 *
 * <p>Every call runs outside the caller's transaction and commits on its own, as a remote
 * provider's would; keys make a repeated call take effect once, also when two arrive at once (the
 * unique key refuses the second row, and the second caller gets the first one's answer).
 *
 * <p>Refusals are the platform's domain exceptions: an unknown payment is {@code
 * UnknownObjectException}, a refund over what is left, of a payment that has not succeeded, or a
 * key reused for something else is {@code BusinessConflictException} (reasons {@code
 * refund-exceeds-payment}, {@code payment-not-succeeded}, {@code refund-key-reused}, {@code
 * payout-key-reused}, {@code reference-reused}), a malformed argument {@code
 * InvalidInputException}. While its outage switch is on ({@link SandboxOutage}) every call fails
 * with {@link SandboxUnavailableException}, as a provider answering 503 does.
 */
@Stateless
@LocalBean
@Typed(SandboxPaymentProvider.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SandboxPaymentProvider implements PaymentProvider {

  public static final String NAME = "sandbox";

  static final int MAX_KEY = 100;
  static final int MAX_DESCRIPTION = 200;

  @EJB SandboxRecords records;

  @Inject SandboxSettings settings;

  @Inject SandboxOutage outage;

  @Inject Clock clock;

  @Override
  public String name() {
    return NAME;
  }

  /**
   * Opens a payment, or answers the one opened before under the same reference. The checkout URL is
   * on the platform's own host ({@link SandboxSettings}).
   */
  @Override
  public StartedPayment start(PaymentOrder order) {
    outage.check("start");
    if (order == null) {
      throw new InvalidInputException("order", "is required");
    }
    key("reference", order.reference());
    positive(order.amount());
    returnUrl(order.returnUrl());
    httpUrl("notificationUrl", order.notificationUrl());
    String description = description(order.description());
    return records
        .opened(order)
        .orElseGet(
            () ->
                onceByKey(
                    "uq_sandbox_payment_reference",
                    () -> records.open(order, description, clock.instant()),
                    () -> records.opened(order).orElseThrow()));
  }

  @Override
  public StartedRefund refund(String providerPaymentId, Money amount, String refundKey) {
    outage.check("refund");
    key("providerPaymentId", providerPaymentId);
    positive(amount);
    key("refundKey", refundKey);
    return new StartedRefund(
        onceByKey(
            "uq_sandbox_refund_key",
            () -> records.refund(providerPaymentId, amount, refundKey, clock.instant()),
            () -> records.refundMadeBy(refundKey, providerPaymentId, amount).orElseThrow()));
  }

  @Override
  public boolean cancel(String providerPaymentId) {
    outage.check("cancel");
    key("providerPaymentId", providerPaymentId);
    return records.cancel(providerPaymentId, clock.instant());
  }

  @Override
  public ProviderPaymentState state(String providerPaymentId) {
    outage.check("state");
    key("providerPaymentId", providerPaymentId);
    return records.state(providerPaymentId);
  }

  /**
   * Checks the {@code Sandbox-Signature} header ({@link NotificationSignature}) and reads the body
   * ({@link EventBodies}).
   */
  @Override
  public ProviderEvent verify(String body, Map<String, String> headers) {
    NotificationSignature.check(
        settings.key(), signatureHeader(headers), body == null ? "" : body, clock.instant());
    return EventBodies.read(body);
  }

  @Override
  public StartedPayout payout(String merchantReference, Money amount, String payoutKey) {
    outage.check("payout");
    key("merchantReference", merchantReference);
    positive(amount);
    key("payoutKey", payoutKey);
    return new StartedPayout(
        onceByKey(
            "uq_sandbox_payout_key",
            () -> records.payout(merchantReference, amount, payoutKey, clock.instant()),
            () -> records.payoutMadeBy(payoutKey, merchantReference, amount).orElseThrow()));
  }

  /**
   * The sandbox's test payout destination: marks the merchant reference (the platform names a
   * merchant {@code merchant:<id>}) closed, as a bank account that no longer takes money; every
   * payout to it completes FAILED with a PAYOUT_FAILED notification until it is reopened.
   */
  public void closeDestination(String merchantReference) {
    key("merchantReference", merchantReference);
    records.closeDestination(merchantReference, clock.instant());
  }

  /** Payouts to the destination are paid again. */
  public void reopenDestination(String merchantReference) {
    key("merchantReference", merchantReference);
    records.reopenDestination(merchantReference);
  }

  @Override
  public List<ProviderTransaction> transactions(Instant from, Instant to) {
    outage.check("transactions");
    if (from == null || to == null || !from.isBefore(to)) {
      throw new InvalidInputException("to", "must be after from");
    }
    return records.transactions(from, to);
  }

  /** Does it; when a twin with the same key got its row in first, answers what the twin made. */
  private static <T> T onceByKey(String uniqueKey, Supplier<T> make, Supplier<T> made) {
    try {
      return make.get();
    } catch (EJBException e) {
      if (UniqueKeys.violated(e, uniqueKey)) {
        return made.get();
      }
      throw e;
    }
  }

  private static String signatureHeader(Map<String, String> headers) {
    if (headers == null) {
      return null;
    }
    String name = NotificationSignature.HEADER.toLowerCase(java.util.Locale.ROOT);
    return headers.entrySet().stream()
        .filter(h -> h.getKey() != null && h.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  private static void key(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "is required");
    }
    if (value.length() > MAX_KEY) {
      throw new InvalidInputException(field, "must be at most " + MAX_KEY + " characters");
    }
  }

  private static void positive(Money amount) {
    if (amount == null || amount.minorUnits() <= 0) {
      throw new InvalidInputException("amount", "must be more than 0");
    }
  }

  private static void returnUrl(URI url) {
    boolean path =
        url != null
            && !url.isAbsolute()
            && url.getRawAuthority() == null
            && String.valueOf(url.getPath()).startsWith("/");
    if (!path) {
      httpUrl("returnUrl", url);
    }
    if (url.toString().length() > 2000) {
      throw new InvalidInputException("returnUrl", "must be at most 2000 characters");
    }
  }

  private static void httpUrl(String field, URI url) {
    if (url == null
        || url.getHost() == null
        || !("http".equalsIgnoreCase(url.getScheme())
            || "https".equalsIgnoreCase(url.getScheme()))) {
      throw new InvalidInputException(field, "must be an absolute http or https URL");
    }
    if (url.toString().length() > 2000) {
      throw new InvalidInputException(field, "must be at most 2000 characters");
    }
  }

  private static String description(String description) {
    String d = description == null ? "" : description.strip();
    return d.length() <= MAX_DESCRIPTION ? d : d.substring(0, MAX_DESCRIPTION - 1) + "…";
  }
}
