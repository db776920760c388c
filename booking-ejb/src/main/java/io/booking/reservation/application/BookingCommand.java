package io.booking.reservation.application;

import io.booking.reservation.domain.BookingSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A customer asks for places in a slot. */
public record BookingCommand(long accountId, long slotId, int partySize, BookingSource source) {

  /** What makes two requests "the same request" for an Idempotency-Key. */
  String fingerprint() {
    String canonical = slotId + "|" + partySize;
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
