package io.booking.payment.infrastructure.sandbox;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.booking.payment.domain.InvalidNotificationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class NotificationSignatureTest {

  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  private static final Instant NOW = Instant.parse("2026-05-01T11:00:00Z");
  private static final String BODY = "{\"eventId\":\"sbx_evt_1\",\"note\":\"价格 €\"}";

  @Test
  void theHeaderIsTheTimeAndTheHexHmacOfTimeDotBody() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    String expected =
        HexFormat.of()
            .formatHex(mac.doFinal(("1777633200." + BODY).getBytes(StandardCharsets.UTF_8)));

    assertEquals("t=1777633200,v1=" + expected, NotificationSignature.header(KEY, NOW, BODY));
  }

  @Test
  void aFreshSignatureOfTheSameBodyPasses() {
    String header = NotificationSignature.header(KEY, NOW.minusSeconds(299), BODY);

    assertDoesNotThrow(() -> NotificationSignature.check(KEY, header, BODY, NOW));
    assertDoesNotThrow(
        () -> NotificationSignature.check(KEY, header.replace(",", " , "), BODY, NOW));
  }

  @Test
  void anyMatchingV1PassesSoAKeyCanBeRotated() {
    String old = NotificationSignature.header(new byte[32], NOW, BODY);
    String current = NotificationSignature.header(KEY, NOW, BODY);

    assertDoesNotThrow(
        () ->
            NotificationSignature.check(
                KEY, old + "," + current.substring(current.indexOf("v1=")), BODY, NOW));
  }

  @Test
  void aChangedBodyAnotherKeyOrAMissingHeaderIsRefused() {
    String header = NotificationSignature.header(KEY, NOW, BODY);

    refused(header, BODY.replace("1", "2"), NOW);
    refused(NotificationSignature.header(new byte[32], NOW, BODY), BODY, NOW);
    refused(null, BODY, NOW);
    refused("", BODY, NOW);
  }

  @Test
  void aSignatureMoreThanFiveMinutesOldOrAheadIsRefused() {
    refused(NotificationSignature.header(KEY, NOW.minusSeconds(301), BODY), BODY, NOW);
    refused(NotificationSignature.header(KEY, NOW.plusSeconds(301), BODY), BODY, NOW);
  }

  @Test
  void malformedHeadersAreRefused() {
    String v1 = NotificationSignature.header(KEY, NOW, BODY).split(",")[1];
    refused(v1, BODY, NOW);
    refused("t=1777633200", BODY, NOW);
    refused("t=soon," + v1, BODY, NOW);
    refused("t=1777633200,v1=zz", BODY, NOW);
    refused("garbage", BODY, NOW);
  }

  private static void refused(String header, String body, Instant now) {
    InvalidNotificationException e =
        assertThrows(
            InvalidNotificationException.class,
            () -> NotificationSignature.check(KEY, header, body, now));
    assertEquals("invalid-notification", e.reason());
    assertTrue(e.getMessage().length() > 10);
  }
}
