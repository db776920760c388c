package io.booking.payment.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
