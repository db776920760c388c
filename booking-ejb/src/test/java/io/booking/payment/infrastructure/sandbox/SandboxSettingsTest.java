package io.booking.payment.infrastructure.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SandboxSettingsTest {

  private static SandboxSettings withPublicUrl(String url) {
    SandboxSettings s = new SandboxSettings();
    s.publicUrl = Optional.ofNullable(url);
    s.configuredSecret = Optional.empty();
    return s;
  }

  @Test
  void theCheckoutIsUnderThePublicUrlWhenOneIsConfigured() {
    assertEquals(
        URI.create("https://booking.example.com/sandbox/checkout?token=abc"),
        withPublicUrl("https://booking.example.com/")
            .checkoutUrl("abc", "http://10.0.0.5:8080/account/payment.xhtml"));
    assertEquals(
        Optional.of("https://booking.example.com/api/v1/payment-notifications/sandbox"),
        withPublicUrl("https://booking.example.com").publicNotificationUrl());
  }

  @Test
  void withoutOneItIsOnTheReturnUrlsHost() {
    assertEquals(
        URI.create("http://localhost:8080/sandbox/checkout?token=abc"),
        withPublicUrl(null)
            .checkoutUrl("abc", "http://user@localhost:8080/account/payment.xhtml?id=1"));
    assertEquals(
        URI.create("/sandbox/checkout?token=abc"),
        withPublicUrl("  ").checkoutUrl("abc", "/account/payment.xhtml"));
    assertEquals(Optional.empty(), withPublicUrl(null).publicNotificationUrl());
  }
}
