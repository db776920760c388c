package io.booking.payment.infrastructure;

import io.booking.payment.domain.PaymentProvider;
import io.booking.payment.infrastructure.sandbox.SandboxPaymentProvider;
import io.booking.payment.infrastructure.stripe.StripePaymentProvider;
import io.booking.payment.infrastructure.stripe.StripeSettings;
import io.booking.platform.infrastructure.RequiredSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The payment provider the platform takes money through, chosen by {@code
 * BOOKING_PAYMENT_PROVIDER}: {@code sandbox} (also when unset) is the built-in sandbox, which takes
 * no real money; {@code stripe} is Stripe (decision 0025). Inject {@link PaymentProvider}; the
 * adapters themselves are beans of their own type only, so this producer is the one way to a
 * provider. A real provider's adapter is added here and in {@link #KNOWN}.
 */
@ApplicationScoped
public class ConfiguredPaymentProvider {

  static final String SETTING = "booking.payment.provider";

  /** The providers this build has. */
  static final List<String> KNOWN =
      List.of(SandboxPaymentProvider.NAME, StripePaymentProvider.NAME);

  @Inject
  @ConfigProperty(name = SETTING, defaultValue = SandboxPaymentProvider.NAME)
  String configured;

  @Inject SandboxPaymentProvider sandbox;

  /** A proxy: Stripe's client is made on first use, so only when Stripe is the one configured. */
  @Inject StripePaymentProvider stripe;

  @Produces
  PaymentProvider provider() {
    return chosen(configured, sandbox, stripe);
  }

  /** The adapter the configured name stands for. */
  static PaymentProvider chosen(
      String configured, PaymentProvider sandbox, PaymentProvider stripe) {
    String name = selected(configured);
    if (name.equals(SandboxPaymentProvider.NAME)) {
      return sandbox;
    }
    if (name.equals(StripePaymentProvider.NAME)) {
      return stripe;
    }
    throw new IllegalStateException(
        "BOOKING_PAYMENT_PROVIDER=" + name + " is none of " + String.join(", ", KNOWN));
  }

  /** The provider's name as configured: trimmed, lower case, the sandbox when blank. */
  static String selected(String configured) {
    return configured == null || configured.isBlank()
        ? SandboxPaymentProvider.NAME
        : configured.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * What keeps the configured provider from running ({@link PaymentProviderCheck} stops the start
   * with them): an unknown name, a malformed {@code BOOKING_SANDBOX_SECRET}, and, outside demo
   * mode, the sandbox without {@code BOOKING_SANDBOX_SECRET}: a production start that forgot to
   * name its provider would otherwise take bookings against money that never moves; Stripe without
   * {@code BOOKING_STRIPE_SECRET_KEY} or {@code BOOKING_STRIPE_WEBHOOK_SECRET}, or with a {@code
   * BOOKING_STRIPE_API_BASE} that is no http(s) URL (in demo mode too: Stripe has no demo).
   */
  static List<String> problems(Function<String, Optional<String>> config) {
    boolean demo = config.apply("booking.demo").map(Boolean::parseBoolean).orElse(false);
    String provider = selected(config.apply(SETTING).orElse(null));
    Optional<String> secret = config.apply("booking.sandbox.secret").filter(s -> !s.isBlank());
    List<String> problems = new ArrayList<>();
    if (!KNOWN.contains(provider)) {
      problems.add(
          "BOOKING_PAYMENT_PROVIDER is "
              + provider
              + ", which this build does not have (it has "
              + String.join(", ", KNOWN)
              + ")");
    }
    if (secret.isPresent() && RequiredSettings.key(secret.get()).isEmpty()) {
      problems.add("BOOKING_SANDBOX_SECRET must be base64 of at least 32 bytes");
    }
    if (provider.equals(SandboxPaymentProvider.NAME) && !demo && secret.isEmpty()) {
      problems.add(
          "the payment provider is the sandbox (BOOKING_PAYMENT_PROVIDER unset or sandbox), which"
              + " takes no real money: outside demo mode set BOOKING_PAYMENT_PROVIDER to a real"
              + " provider, or BOOKING_SANDBOX_SECRET (base64 of at least 32 bytes, e.g. `openssl"
              + " rand -base64 32`) to run the sandbox on purpose");
    }
    if (provider.equals(StripePaymentProvider.NAME)) {
      if (blank(config.apply(StripeSettings.SECRET_KEY))) {
        problems.add(
            "the payment provider is Stripe, and BOOKING_STRIPE_SECRET_KEY is not set (the secret"
                + " API key of the Stripe account, sk_live_… or sk_test_…, or a restricted key"
                + " rk_…)");
      }
      if (blank(config.apply(StripeSettings.WEBHOOK_SECRET))) {
        problems.add(
            "the payment provider is Stripe, and BOOKING_STRIPE_WEBHOOK_SECRET is not set (the"
                + " signing secret, whsec_…, of the webhook endpoint"
                + " <BOOKING_PUBLIC_URL>/api/v1/payment-notifications/stripe); without it no"
                + " payment would ever be confirmed");
      }
      config
          .apply(StripeSettings.API_BASE)
          .filter(base -> !base.isBlank() && !StripeSettings.validApiBase(base))
          .ifPresent(
              base ->
                  problems.add(
                      "BOOKING_STRIPE_API_BASE must be an http or https URL, e.g."
                          + " https://api.stripe.com"));
    }
    return problems;
  }

  private static boolean blank(Optional<String> value) {
    return value.filter(v -> !v.isBlank()).isEmpty();
  }
}
