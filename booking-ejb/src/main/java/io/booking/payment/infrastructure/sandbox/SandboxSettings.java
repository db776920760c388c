package io.booking.payment.infrastructure.sandbox;

import io.booking.platform.infrastructure.PlatformSecrets;
import io.booking.platform.infrastructure.RequiredSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox's configuration: the key that signs its notifications and the address of its checkout
 * page.
 *
 * <p>The key is {@code BOOKING_SANDBOX_SECRET} (base64, at least 32 bytes, like the token secret)
 * or, when unset, a random key the platform keeps in its database ({@code platform_secret}), so
 * that every instance and every restart sign and verify alike. Outside demo mode the sandbox, when
 * it is the configured provider, needs the setting ({@code PaymentProviderCheck}).
 *
 * <p>The checkout page is on the platform's own host: {@code BOOKING_PUBLIC_URL} +
 * /sandbox/checkout?token=..., or, without a public URL, the scheme, host and port of the payment's
 * return URL (the platform builds it from the request its customer is on, and the EAR's context
 * root is /); a return URL without a host gives a URL without one too, which browsers resolve
 * against the page they are on.
 */
@ApplicationScoped
public class SandboxSettings {

  static final String SECRET_NAME = "sandbox-notification-secret";
  static final String CHECKOUT_PATH = "/sandbox/checkout";
  static final String NOTIFICATION_PATH = "/api/v1/payment-notifications/sandbox";

  @Inject PlatformSecrets secrets;

  @Inject
  @ConfigProperty(name = "booking.sandbox.secret")
  Optional<String> configuredSecret;

  @Inject
  @ConfigProperty(name = "booking.public-url")
  Optional<String> publicUrl;

  private volatile byte[] key;

  /** The HMAC-SHA256 key of the {@code Sandbox-Signature} header. */
  public byte[] key() {
    byte[] current = key;
    if (current == null) {
      current =
          configuredSecret
              .filter(s -> !s.isBlank())
              .map(
                  s ->
                      RequiredSettings.key(s)
                          .orElseThrow(
                              () ->
                                  new IllegalStateException(
                                      "BOOKING_SANDBOX_SECRET must be base64 of at least 32"
                                          + " bytes")))
              .orElseGet(() -> secrets.getOrCreate(SECRET_NAME, 32));
      key = current;
    }
    return current.clone();
  }

  /** Where the customer pays a payment of this token that returns to {@code returnUrl}. */
  public URI checkoutUrl(String token, String returnUrl) {
    return URI.create(base(returnUrl) + CHECKOUT_PATH + "?token=" + token);
  }

  /** The platform's notification endpoint by its public URL, when one is configured. */
  public Optional<String> publicNotificationUrl() {
    return configuredPublicUrl().map(base -> base + NOTIFICATION_PATH);
  }

  private String base(String returnUrl) {
    return configuredPublicUrl().orElseGet(() -> origin(returnUrl));
  }

  private Optional<String> configuredPublicUrl() {
    return publicUrl
        .map(String::trim)
        .filter(u -> u.startsWith("http://") || u.startsWith("https://"))
        .map(u -> u.replaceAll("/+$", ""));
  }

  /** scheme://host[:port] of an absolute URL, "" for a path. */
  static String origin(String url) {
    URI uri = URI.create(url);
    if (!uri.isAbsolute() || uri.getHost() == null) {
      return "";
    }
    return uri.getScheme() + "://" + uri.getRawAuthority().replaceFirst("^.*@", "");
  }
}
