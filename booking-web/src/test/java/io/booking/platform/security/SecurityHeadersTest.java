package io.booking.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void theMapTilesHostIsAllowedForImagesAndNothingElseFromOutside() {
    String p = SecurityHeaders.policy("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    assertTrue(p.contains("img-src 'self' data: blob: https://tile.openstreetmap.org;"), p);
    assertTrue(p.contains("object-src 'none'"));
    assertTrue(p.contains("frame-ancestors 'self'"));
    assertFalse(p.contains("unsafe-eval"));
  }

  @Test
  void tileOrigins() {
    assertEquals(
        Optional.of("https://*.tile.example.com"),
        SecurityHeaders.tileOrigin("https://{s}.tile.example.com/{z}/{x}/{y}.png"));
    assertEquals(
        Optional.of("http://tiles.local:8081"),
        SecurityHeaders.tileOrigin("http://tiles.local:8081/{z}/{x}/{y}.png"));
    assertEquals(Optional.empty(), SecurityHeaders.tileOrigin("none"));
  }
}
