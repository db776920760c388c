package io.booking.platform.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequiredSettingsTest {

  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  private static List<String> problems(Map<String, String> settings) {
    return RequiredSettings.problems(k -> Optional.ofNullable(settings.get(k)));
  }

  @Test
  void demoModeRunsOnDefaults() {
    assertEquals(List.of(), problems(Map.of("booking.demo", "true")));
  }

  @Test
  void outsideDemoModeTheDatabaseAndTheSigningKeyAreRequired() {
    List<String> p = problems(Map.of());
    assertEquals(2, p.size(), p.toString());
    assertTrue(p.get(0).contains("BOOKING_DB_URL"));
    assertTrue(p.get(1).contains("BOOKING_TOKEN_SECRET"));
    assertEquals(2, problems(Map.of("booking.db.url", " ", "booking.token.secret", "")).size());
  }

  @Test
  void aProductionStartWithBothPasses() {
    assertEquals(
        List.of(),
        problems(Map.of("booking.db.url", "jdbc:mysql://db/booking", "booking.token.secret", KEY)));
  }

  @Test
  void aShortOrMalformedKeyIsRefusedEvenInDemoMode() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
    assertEquals(
        1, problems(Map.of("booking.demo", "true", "booking.token.secret", shortKey)).size());
    assertEquals(
        1, problems(Map.of("booking.demo", "true", "booking.token.secret", "not base64!")).size());
    assertEquals(
        1, problems(Map.of("booking.demo", "true", "booking.token.previous-secret", "%%%")).size());
  }
}
