package io.booking.payment.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.payment.infrastructure.sandbox.SandboxPaymentProvider;
import io.booking.payment.infrastructure.stripe.StripePaymentProvider;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfiguredPaymentProviderTest {

  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  private static List<String> problems(Map<String, String> settings) {
    return ConfiguredPaymentProvider.problems(k -> Optional.ofNullable(settings.get(k)));
  }

  @Test
  void theSandboxIsTheDefault() {
    assertEquals("sandbox", ConfiguredPaymentProvider.selected(null));
    assertEquals("sandbox", ConfiguredPaymentProvider.selected(" "));
    assertEquals("sandbox", ConfiguredPaymentProvider.selected(" Sandbox "));
  }

  @Test
  void demoModeRunsTheSandboxOnAGeneratedSecret() {
    assertEquals(List.of(), problems(Map.of("booking.demo", "true")));
  }

  @Test
  void outsideDemoModeTheSandboxRunsOnlyOnPurpose() {
    List<String> p = problems(Map.of());
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).contains("BOOKING_SANDBOX_SECRET"), p.get(0));
    assertTrue(p.get(0).contains("no real money"), p.get(0));
    assertEquals(List.of(), problems(Map.of("booking.sandbox.secret", KEY)));
    assertEquals(
        List.of(),
        problems(Map.of("booking.payment.provider", "sandbox", "booking.sandbox.secret", KEY)));
  }

  @Test
  void anUnknownProviderOrAMalformedSecretIsRefused() {
    List<String> p = problems(Map.of("booking.demo", "true", "booking.payment.provider", "paypal"));
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).contains("paypal"), p.get(0));
    assertEquals(
        1, problems(Map.of("booking.demo", "true", "booking.sandbox.secret", "short")).size());
  }

  @Test
  void stripeIsChosenByItsName() {
    SandboxPaymentProvider sandbox = new SandboxPaymentProvider();
    StripePaymentProvider stripe =
        new StripePaymentProvider("sk_test_x", "whsec_x", Optional.empty(), Clock.systemUTC());
    assertSame(stripe, ConfiguredPaymentProvider.chosen(" Stripe ", sandbox, stripe));
    assertSame(sandbox, ConfiguredPaymentProvider.chosen(null, sandbox, stripe));
    assertSame(sandbox, ConfiguredPaymentProvider.chosen("sandbox", sandbox, stripe));
    assertThrows(
        IllegalStateException.class,
        () -> ConfiguredPaymentProvider.chosen("paypal", sandbox, stripe));
  }

  @Test
  void stripeRefusesToStartWithoutItsSecretsInDemoModeToo() {
    for (String demo : List.of("true", "false")) {
      List<String> p = problems(Map.of("booking.demo", demo, "booking.payment.provider", "stripe"));
      assertEquals(2, p.size(), p.toString());
      assertTrue(p.get(0).contains("BOOKING_STRIPE_SECRET_KEY"), p.get(0));
      assertTrue(p.get(1).contains("BOOKING_STRIPE_WEBHOOK_SECRET"), p.get(1));
    }
    List<String> noHook =
        problems(
            Map.of(
                "booking.payment.provider", "stripe",
                "booking.stripe.secret-key", "sk_test_x",
                "booking.stripe.webhook-secret", " "));
    assertEquals(1, noHook.size(), noHook.toString());
    assertTrue(noHook.get(0).contains("BOOKING_STRIPE_WEBHOOK_SECRET"), noHook.get(0));
  }

  @Test
  void stripeWithBothSecretsStartsAndNeedsNoSandboxSecret() {
    Map<String, String> stripe =
        Map.of(
            "booking.payment.provider", "stripe",
            "booking.stripe.secret-key", "sk_test_x",
            "booking.stripe.webhook-secret", "whsec_x");
    assertEquals(List.of(), problems(stripe));
    Map<String, String> stub = new java.util.HashMap<>(stripe);
    stub.put("booking.stripe.api-base", "http://127.0.0.1:12111");
    assertEquals(List.of(), problems(stub));
    stub.put("booking.stripe.api-base", "api.stripe.com");
    List<String> p = problems(stub);
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).contains("BOOKING_STRIPE_API_BASE"), p.get(0));
  }
}
