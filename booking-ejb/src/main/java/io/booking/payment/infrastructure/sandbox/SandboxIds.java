package io.booking.payment.infrastructure.sandbox;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The sandbox's ids, random like a real provider's: a prefix naming the kind and 96 random bits
 * ({@code sbx_pay_3f9c...}); checkout tokens are 256 random bits, the capability to pay.
 */
final class SandboxIds {

  static final String PAYMENT = "sbx_pay_";
  static final String REFUND = "sbx_ref_";
  static final String PAYOUT = "sbx_po_";
  static final String EVENT = "sbx_evt_";
  static final String NOTIFICATION = "sbx_ntf_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private SandboxIds() {}

  static String next(String prefix) {
    byte[] bits = new byte[12];
    RANDOM.nextBytes(bits);
    return prefix + HexFormat.of().formatHex(bits);
  }

  static String checkoutToken() {
    byte[] bits = new byte[32];
    RANDOM.nextBytes(bits);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
  }
}
