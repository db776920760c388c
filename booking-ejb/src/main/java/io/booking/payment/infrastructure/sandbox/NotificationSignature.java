package io.booking.payment.infrastructure.sandbox;

import io.booking.payment.domain.InvalidNotificationException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Sandbox-Signature} header: {@code t=<unix seconds>,v1=<hex>}, where hex is the
 * HMAC-SHA256 of {@code <t>.<body>} (UTF-8) keyed with the sandbox secret. A receiver accepts it
 * when one {@code v1} matches and {@code t} is within five minutes of its clock either way, so a
 * captured notification cannot be replayed later. Each delivery attempt is signed afresh.
 */
public final class NotificationSignature {

  /** The header's name; receivers see it in lower case. */
  public static final String HEADER = "Sandbox-Signature";

  static final Duration TOLERANCE = Duration.ofMinutes(5);

  private NotificationSignature() {}

  /** The header's value for a body sent at {@code at}. */
  public static String header(byte[] key, Instant at, String body) {
    long t = at.getEpochSecond();
    return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac(key, t, body));
  }

  /**
   * Checks a header against the body.
   *
   * @throws InvalidNotificationException when the header is missing or malformed, no signature
   *     matches, or its time is more than five minutes from {@code now}
   */
  public static void check(byte[] key, String header, String body, Instant now) {
    if (header == null || header.isBlank()) {
      throw new InvalidNotificationException("The " + HEADER + " header is missing.");
    }
    Long t = null;
    List<byte[]> signatures = new ArrayList<>();
    for (String part : header.split(",")) {
      String[] pair = part.trim().split("=", 2);
      if (pair.length != 2) {
        continue;
      }
      if (pair[0].equals("t") && pair[1].matches("\\d{1,12}")) {
        t = Long.parseLong(pair[1]);
      } else if (pair[0].equals("v1") && pair[1].matches("[0-9a-fA-F]{64}")) {
        signatures.add(HexFormat.of().parseHex(pair[1]));
      }
    }
    if (t == null || signatures.isEmpty()) {
      throw new InvalidNotificationException(
          "The " + HEADER + " header needs t=<unix seconds> and v1=<hex HMAC-SHA256>.");
    }
    Duration age = Duration.between(Instant.ofEpochSecond(t), now);
    if (age.abs().compareTo(TOLERANCE) > 0) {
      throw new InvalidNotificationException(
          "The notification was signed "
              + (age.isNegative()
                  ? "more than five minutes ahead of"
                  : "more than five minutes before")
              + " this server's time.");
    }
    byte[] expected = mac(key, t, body == null ? "" : body);
    if (signatures.stream().noneMatch(s -> MessageDigest.isEqual(s, expected))) {
      throw new InvalidNotificationException("The notification's signature does not match.");
    }
  }

  private static byte[] mac(byte[] key, long t, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
