package io.booking.payment.infrastructure.stripe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Stripe adapter's configuration: {@code BOOKING_STRIPE_SECRET_KEY} (the API key the calls are
 * made with), {@code BOOKING_STRIPE_WEBHOOK_SECRET} (the webhook endpoint's signing secret, {@code
 * whsec_…}) and, optionally, {@code BOOKING_STRIPE_API_BASE} (another address for Stripe's API: a
 * local stub in tests). {@code PaymentProviderCheck} refuses the start when Stripe is the
 * configured provider and either secret is missing.
 */
@ApplicationScoped
public class StripeSettings {

  public static final String SECRET_KEY = "booking.stripe.secret-key";
  public static final String WEBHOOK_SECRET = "booking.stripe.webhook-secret";
  public static final String API_BASE = "booking.stripe.api-base";

  @Inject
  @ConfigProperty(name = SECRET_KEY)
  Optional<String> secretKey;

  @Inject
  @ConfigProperty(name = WEBHOOK_SECRET)
  Optional<String> webhookSecret;

  @Inject
  @ConfigProperty(name = API_BASE)
  Optional<String> apiBase;

  String secretKey() {
    return required(secretKey, "BOOKING_STRIPE_SECRET_KEY");
  }

  String webhookSecret() {
    return required(webhookSecret, "BOOKING_STRIPE_WEBHOOK_SECRET");
  }

  Optional<String> apiBase() {
    return apiBase.map(String::trim).filter(s -> !s.isEmpty());
  }

  /**
   * Whether an API base is an absolute http(s) URL ({@code PaymentProviderCheck} refuses other
   * values).
   */
  public static boolean validApiBase(String value) {
    String v = value.trim();
    try {
      java.net.URI uri = java.net.URI.create(v);
      return uri.getHost() != null
          && ("https".equalsIgnoreCase(uri.getScheme())
              || "http".equalsIgnoreCase(uri.getScheme()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String required(Optional<String> value, String name) {
    return value
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .orElseThrow(() -> new IllegalStateException(name + " is not set"));
  }
}
