package io.booking.platform.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DriverDefaultsTest {

  @Test
  void aPlainUrlGetsEveryDefault() {
    String url = ConfiguredDataSource.withDriverDefaults("jdbc:mysql://127.0.0.1:3306/booking");

    assertTrue(url.startsWith("jdbc:mysql://127.0.0.1:3306/booking?useLocalSessionState=true&"));
    for (String key : ConfiguredDataSource.DRIVER_DEFAULTS.keySet()) {
      assertEquals(1, count(url, key + "="), key);
    }
    assertTrue(url.contains("openTelemetry=DISABLED"));
  }

  @Test
  void whatTheUrlSaysWinsWhateverItsCase() {
    String url =
        ConfiguredDataSource.withDriverDefaults(
            "jdbc:mysql://db/booking?user=app&CACHEPREPSTMTS=false&openTelemetry=REQUIRED");

    assertTrue(url.startsWith("jdbc:mysql://db/booking?user=app&CACHEPREPSTMTS=false&"));
    assertEquals(0, count(url, "cachePrepStmts="));
    assertEquals(1, count(url, "openTelemetry="));
    assertTrue(url.contains("openTelemetry=REQUIRED"));
    assertTrue(url.contains("&useLocalSessionState=true"));
  }

  @Test
  void aTrailingAmpersandOrEmptyQueryGetsNoDoubleSeparator() {
    assertTrue(
        ConfiguredDataSource.withDriverDefaults("jdbc:mysql://db/b?user=app&")
            .startsWith("jdbc:mysql://db/b?user=app&useLocalSessionState=true&"));
    assertTrue(
        ConfiguredDataSource.withDriverDefaults("jdbc:mysql://db/b?")
            .startsWith("jdbc:mysql://db/b?useLocalSessionState=true&"));
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
